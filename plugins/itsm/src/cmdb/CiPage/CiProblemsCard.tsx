import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { problemWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { KnownErrorsCard } from '../../problems';
import { useProblemsPageLink } from '../../problems';
import { ProblemsTable } from '../../problems';

/** Open problems shown, at most, and finished ones after them. */
const OPEN_LIMIT = 20;
const FINISHED_LIMIT = 5;

/** The states after the open ones: resolved, closed, cancelled. */
const finishedStates = problemWorkflow.states.filter(
  state => !problemWorkflow.openStates.includes(state),
);

/**
 * The problems of a configuration item (§6.3, chapter 4): its known errors
 * with their workarounds, then its open problems, most urgent first, then
 * the last ones resolved, closed or cancelled.
 */
export function CiProblemsCard(props: { entityRef: string }) {
  const { entityRef } = props;
  const itsmApi = useApi(itsmApiRef);
  const problemsPageLink = useProblemsPageLink();
  const { value, error } = useAsync(async () => {
    const [open, finished] = await Promise.all([
      itsmApi.listProblems({
        entityRef,
        state: [...problemWorkflow.openStates],
        sort: 'priority',
        limit: OPEN_LIMIT,
      }),
      itsmApi.listProblems({
        entityRef,
        state: finishedStates,
        sort: 'updated',
        limit: FINISHED_LIMIT,
      }),
    ]);
    return [...open.items, ...finished.items];
  }, [itsmApi, entityRef]);

  return (
    <InfoCard
      title="Problems"
      subheader="Open first, most urgent first; then the last ones finished"
      noPadding
      deepLink={
        problemsPageLink
          ? {
              title: 'All problems of this item',
              link: problemsPageLink({ view: 'all', entityRef }),
            }
          : undefined
      }
    >
      <Box px={2} pt={1}>
        <KnownErrorsCard entityRefs={[entityRef]} />
      </Box>
      {error && <ResponseErrorPanel error={error} />}
      {value?.length === 0 && (
        <Typography color="textSecondary" style={{ padding: 16 }}>
          No problems.
        </Typography>
      )}
      {value && value.length > 0 && (
        <ProblemsTable problems={value} aria-label="Problems of this item" />
      )}
    </InfoCard>
  );
}
