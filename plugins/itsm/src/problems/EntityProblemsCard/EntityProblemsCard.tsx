import { useCallback } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { problemWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { describeError } from '../../lib/describeError';
import { KnownErrorsCard } from '../KnownErrorsCard';
import { useProblemsPageLink } from '../ProblemsPage/useProblemsPageLink';
import { ProblemsTable } from '../ProblemsTable';

/** Open problems listed on an entity, at most. */
const LIMIT = 20;

/**
 * An entity's open problems, most urgent first (among them those proactive
 * detection suggested from its repeated incidents), and its known errors
 * with their workarounds (chapter 4), with a link to all its problems.
 */
export function EntityProblemsCard(props: { entityRef: string }) {
  const itsmApi = useApi(itsmApiRef);
  const problemsPageLink = useProblemsPageLink();
  const { entityRef } = props;
  const { items: problems, error } = useLiveRecordList(
    useCallback(
      () =>
        itsmApi.listProblems({
          entityRef,
          state: [...problemWorkflow.openStates],
          sort: 'priority',
          limit: LIMIT,
        }),
      [itsmApi, entityRef],
    ),
    'problem',
  );

  return (
    <InfoCard
      title="Problems"
      subheader={
        problems?.length === LIMIT
          ? `The ${LIMIT} most urgent open problems of this entity`
          : 'Open problems of this entity, most urgent first'
      }
      noPadding
      deepLink={
        problemsPageLink
          ? {
              title: 'All problems of this entity',
              link: problemsPageLink({ view: 'all', entityRef }),
            }
          : undefined
      }
    >
      {problems === undefined && error === undefined && <Progress />}
      {error !== undefined && (
        <Box p={2}>
          <Typography color="error">{describeError(error)}</Typography>
        </Box>
      )}
      {problems?.length === 0 && (
        <Box p={2}>
          <Typography color="textSecondary">No open problems.</Typography>
        </Box>
      )}
      {!!problems?.length && (
        <ProblemsTable problems={problems} aria-label="Open problems" />
      )}
      <Box px={2} pt={1}>
        <KnownErrorsCard entityRefs={[entityRef]} />
      </Box>
    </InfoCard>
  );
}
