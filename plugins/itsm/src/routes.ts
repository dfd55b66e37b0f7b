import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Where the Incidents tab of an entity page is mounted (legacy frontend
 * system).
 */
export const entityIncidentsRouteRef = createRouteRef({
  id: 'itsm:entity-incidents',
});

/**
 * The ITSM page: the service desk, with incident pages below it at
 * `incidents/:ref`.
 */
export const rootRouteRef = createRouteRef({ id: 'itsm' });

/**
 * Where the Changes tab of an entity page is mounted (legacy frontend
 * system).
 */
export const entityChangesRouteRef = createRouteRef({
  id: 'itsm:entity-changes',
});

/**
 * Where the Releases tab of an entity page is mounted (legacy frontend
 * system).
 */
export const entityReleasesRouteRef = createRouteRef({
  id: 'itsm:entity-releases',
});
