import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { itsmApiRef } from '../../api/ItsmApi';

/** What depends on an entity, to `depth` steps. */
export function useImpact(entityRef: string, depth: number) {
  const itsmApi = useApi(itsmApiRef);
  return useAsyncRetry(
    () => itsmApi.analyzeImpact({ entityRefs: [entityRef], depth }),
    [itsmApi, entityRef, depth],
  );
}
