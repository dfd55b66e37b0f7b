import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { incidentWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';

/**
 * How many open incidents affect an entity, by priority, counted by the
 * database in one request however many there are.
 */
export function useOpenIncidentCounts(entityRef: string) {
  const itsmApi = useApi(itsmApiRef);
  const { value, error, retry } = useAsyncRetry(
    () =>
      itsmApi.countIncidents({
        entityRef,
        state: [...incidentWorkflow.openStates],
      }),
    [itsmApi, entityRef],
  );
  return {
    counts: value?.byPriority,
    error,
    refresh: retry,
  };
}
