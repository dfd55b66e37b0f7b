import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ReleaseGoal,
  releaseGoalLabels,
  releaseWorkflow,
  WorkflowDefinition,
} from '@backstage-itsm/plugin-itsm-common';
import { useParams } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { useRecordWithTimeline } from '../../hooks/useRecordWithTimeline';
import { formatWindow } from '../../lib/formatWindow';
import { ApprovalCard } from '../../components/ApprovalCard';
import { RiskChip } from '../../changes';
import { CommentForm } from '../../components/CommentForm/CommentForm';
import { IncidentTimeline } from '../../components/IncidentTimeline/IncidentTimeline';
import { releaseResult, releaseStateLabel } from '../ReleasesTable';
import { ReleaseActions } from './ReleaseActions';
import { ReleaseChangeRequestCard } from './ReleaseChangeRequestCard';
import { ReleaseIncidentsCard } from './ReleaseIncidentsCard';
import { ReleasePackageCard } from './ReleasePackageCard';
import { ReleaseRolloutCard } from './ReleaseRolloutCard';
import { ReleaseScopeCard } from './ReleaseScopeCard';

/**
 * One release (chapter 7): what and when, its scope with what depends on
 * it, its approval, its package with
 * the verification checks and audit, its rollout, and its whole timeline
 * (the release record, §7.3.6); the moves legal now as buttons.
 */
export function ReleasePage() {
  const itsmApi = useApi(itsmApiRef);
  const { ref = '' } = useParams();
  const {
    record: release,
    timeline,
    error,
    loading,
    reload,
    changed,
  } = useRecordWithTimeline('release', ref);

  if (loading) return <Progress />;
  if (error !== undefined || !release) {
    return (
      <Content>
        <ResponseErrorPanel error={error as Error} />
      </Content>
    );
  }
  return (
    <Content>
      <ContentHeader title={`${release.ref}: ${release.title}`}>
        <ReleaseActions release={release} onChanged={changed} />
      </ContentHeader>
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <InfoCard title="Release">
            <StructuredMetadataTable
              metadata={{
                state: releaseStateLabel(release.state),
                version: `${release.releaseVersion} (${release.versionScheme})`,
                entity: <EntityRefLink entityRef={release.entityRef} />,
                ...(release.entityRefs.length > 1
                  ? { components: release.entityRefs.slice(1).join(', ') }
                  : {}),
                goals: release.goals
                  .map(g => releaseGoalLabels[g as ReleaseGoal] ?? g)
                  .join(', '),
                window: formatWindow(release.window),
                risk: <RiskChip level={release.risk?.level} />,
                ...(releaseResult(release)
                  ? { result: releaseResult(release) }
                  : {}),
                ...(release.confirmation
                  ? { confirmation: release.confirmation }
                  : {}),
                plannedBy: release.reportedBy,
                description: release.description || '—',
              }}
            />
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={6}>
          <ReleaseScopeCard release={release} />
          <Box mt={3}>
            <ReleaseChangeRequestCard release={release} onChanged={changed} />
          </Box>
          {release.approval && (
            <Box mt={3}>
              <ApprovalCard
                recordType="release"
                record={release}
                decide={(id, body) => itsmApi.decideRelease(id, body)}
                onChanged={changed}
              />
            </Box>
          )}
        </Grid>
        <Grid item xs={12} md={6}>
          <ReleasePackageCard release={release} onChanged={changed} />
        </Grid>
        <Grid item xs={12} md={6}>
          <ReleaseRolloutCard release={release} onChanged={changed} />
        </Grid>
        {release.startedAt && (
          <Grid item xs={12}>
            <ReleaseIncidentsCard release={release} />
          </Grid>
        )}
        <Grid item xs={12}>
          <InfoCard title="Timeline">
            <CommentForm
              incident={release}
              recordType="release"
              onAdded={reload}
            />
            <IncidentTimeline
              events={timeline}
              workflow={releaseWorkflow as WorkflowDefinition}
            />
          </InfoCard>
        </Grid>
      </Grid>
    </Content>
  );
}
