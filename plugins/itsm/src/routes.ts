import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Where the Incidents tab of an entity page is mounted (legacy frontend
 * system).
 */
export const entityIncidentsRouteRef = createRouteRef({
  id: 'itsm:entity-incidents',
});
