import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { itsmApiRef } from '../../api/ItsmApi';

/** The newest changes recorded for a configuration item. */
export function useCiChanges(entityRef: string, limit: number) {
  const itsmApi = useApi(itsmApiRef);
  return useAsyncRetry(
    () => itsmApi.listCiChanges({ entityRef, limit }),
    [itsmApi, entityRef, limit],
  );
}
