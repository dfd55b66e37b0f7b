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
import { ProblemsTable } from '../ProblemsTable';

/** Open problems listed on an entity, at most. */
const LIMIT = 20;

/**
 * An entity's open problems, most urgent first (among them those proactive
 * detection suggested from its repeated incidents), and its known errors
 * with their workarounds (chapter 4).
 */
export function EntityProblemsCard(props: { entityRef: string }) {
  const itsmApi = useApi(itsmApiRef);
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
      subheader="Open problems of this entity, most urgent first"
      noPadding
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
      <Box px={2}>
        <KnownErrorsCard entityRefs={[entityRef]} />
      </Box>
    </InfoCard>
  );
}
