import { configApiRef, useApi } from '@backstage/core-plugin-api';
import {
  PriorityMatrix,
  readPriorityMatrix,
} from '@backstage-itsm/plugin-itsm-common';
import { useMemo } from 'react';

/**
 * The priority matrix the backend uses (`itsm.incidents.priorityMatrix`),
 * so a form shows the priority an incident will get before it is sent.
 */
export function usePriorityMatrix(): PriorityMatrix {
  const configApi = useApi(configApiRef);
  return useMemo(
    () =>
      readPriorityMatrix(
        configApi.getOptional('itsm.incidents.priorityMatrix'),
      ),
    [configApi],
  );
}
