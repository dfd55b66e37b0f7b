import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Alert from '@material-ui/lab/Alert';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import {
  BusinessImpactAnalysis,
  RecoveryObjectiveIssue,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { EntityName } from '../../components/EntityName';

/** What each kind of inconsistency is called. */
export const issueLabels: Record<RecoveryObjectiveIssue['kind'], string> = {
  'longer-rto': 'Longer RTO',
  'no-approved-analysis': 'No approved analysis',
  'no-plan': 'No continuity plan',
};

/** The path from the service to the entity at fault, by name. */
export function IssuePath(props: { path: string[] }) {
  return (
    <>
      {props.path.map((ref, i) => (
        <span key={ref}>
          {i > 0 && ' → '}
          <EntityName entityRef={ref} />
        </span>
      ))}
    </>
  );
}

/**
 * Whether the analysis's RTO is achievable over the catalog's dependency
 * graph: every inconsistency with the path that causes it.
 */
export function RecoveryObjectivesCard(props: {
  record: BusinessImpactAnalysis;
}) {
  const itsmApi = useApi(itsmApiRef);
  const { ref, version } = props.record;
  const { value, loading, error } = useAsync(
    () => itsmApi.getImpactAnalysisConsistency(ref),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [itsmApi, ref, version],
  );
  return (
    <InfoCard title="Recovery objectives against dependencies">
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value &&
        (value.achievable ? (
          <Alert severity="success">
            Everything this service relies on recovers within its RTO and has an
            approved analysis and plan.
          </Alert>
        ) : (
          <>
            <Alert severity="warning">
              The RTO is not achievable: {value.issueCount} inconsistenc
              {value.issueCount === 1 ? 'y' : 'ies'}
              {value.truncated
                ? ` (the first ${value.issues.length} shown)`
                : ''}
              .
            </Alert>
            <List dense aria-label="Inconsistencies">
              {value.issues.map(issue => (
                <ListItem key={`${issue.kind}:${issue.entityRef}`}>
                  <ListItemText
                    primary={
                      <>
                        {issueLabels[issue.kind]}:{' '}
                        <IssuePath path={issue.path} />
                      </>
                    }
                    secondary={issue.message}
                  />
                </ListItem>
              ))}
            </List>
          </>
        ))}
    </InfoCard>
  );
}
