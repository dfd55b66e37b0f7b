import Box from '@material-ui/core/Box';
import { EntityName, EntityNames } from '../../components/EntityName';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Release,
  ReleaseGoal,
  releaseGoalLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { RecordPage, useRecordPage } from '../../components/RecordPage';
import { formatWindow } from '../../lib/formatWindow';
import { ApprovalCard } from '../../components/ApprovalCard';
import { RiskChip } from '../../changes';
import { releaseResult } from '../ReleasesTable';
import { ReleaseActions } from './ReleaseActions';
import { ReleaseChangeRequestCard } from './ReleaseChangeRequestCard';
import { ReleaseIncidentsCard } from './ReleaseIncidentsCard';
import { ReleasePackageCard } from './ReleasePackageCard';
import { ReleaseRolloutCard } from './ReleaseRolloutCard';
import { ReleaseScopeCard } from './ReleaseScopeCard';

/** The fields of a release, as a metadata table. */
function fieldsOf(release: Release): Record<string, unknown> {
  return {
    state: stateLabel('release', release.state),
    version: `${release.releaseVersion} (${release.versionScheme})`,
    entity: <EntityName entityRef={release.entityRef} />,
    ...(release.entityRefs.length > 1
      ? { components: <EntityNames entityRefs={release.entityRefs.slice(1)} /> }
      : {}),
    goals: release.goals
      .map(g => releaseGoalLabels[g as ReleaseGoal] ?? g)
      .join(', '),
    window: formatWindow(release.window),
    risk: <RiskChip level={release.risk?.level} />,
    ...(releaseResult(release) ? { result: releaseResult(release) } : {}),
    ...(release.confirmation ? { confirmation: release.confirmation } : {}),
    'planned by': release.reportedBy ? (
      <EntityName entityRef={release.reportedBy} />
    ) : (
      '—'
    ),
    description: release.description || '—',
  };
}

/**
 * One release (chapter 7): what and when, its scope with what depends on
 * it, its approval, its package with
 * the verification checks and audit, its rollout, and its whole timeline
 * (the release record, §7.3.6); the moves legal now as buttons.
 */
export function ReleasePage() {
  const itsmApi = useApi(itsmApiRef);
  const page = useRecordPage('release');
  const { changed, reload } = page;

  return (
    <RecordPage
      page={page}
      actions={release => (
        <ReleaseActions release={release} onChanged={changed} />
      )}
      columns={release => [
        {
          md: 6,
          cards: (
            <InfoCard title="Release">
              <StructuredMetadataTable metadata={fieldsOf(release)} />
            </InfoCard>
          ),
        },
        {
          md: 6,
          cards: (
            <>
              <ReleaseScopeCard release={release} />
              <Box mt={3}>
                <ReleaseChangeRequestCard
                  release={release}
                  onChanged={changed}
                />
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
            </>
          ),
        },
        {
          md: 6,
          cards: <ReleasePackageCard release={release} onChanged={changed} />,
        },
        {
          md: 6,
          cards: (
            <ReleaseRolloutCard
              release={release}
              onChanged={changed}
              onReloadNeeded={reload}
            />
          ),
        },
        !!release.startedAt && {
          cards: <ReleaseIncidentsCard release={release} />,
        },
      ]}
      timeline="own-row"
    />
  );
}
