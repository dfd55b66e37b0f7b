import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import SupportIcon from '@material-ui/icons/ContactSupport';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { defaultCiKinds } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from './api/ItsmApi';
import { ItsmClient } from './api/ItsmClient';
import { itsmIncidentEntityKinds } from './lib/isItsmIncidentsAvailable';
import { rootRouteRef } from './routes';
import {
  itsmSearchResultListItems,
  itsmSearchResultTypeExtensions,
} from './search/itsmSearchExtensions';

/**
 * The service desk page at `/itsm`, with incident pages below it.
 *
 * @alpha
 */
export const itsmPage = PageBlueprint.make({
  params: {
    path: '/itsm',
    title: 'Service desk',
    icon: <SupportIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () => import('./ItsmPage').then(m => <m.ItsmPage />),
  },
});

/**
 * The ITSM API over HTTP.
 *
 * @alpha
 */
export const itsmApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: itsmApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ItsmClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Incidents tab of the pages of components, systems and resources, a
 * tab of its own. A portal that wants it in a menu of tabs names the group
 * in its configuration (`app.extensions`: `entity-content:itsm/incidents`,
 * `config: { group: operation }`), as it can for Changes and Releases.
 *
 * @alpha
 */
export const entityIncidentsContent = EntityContentBlueprint.make({
  name: 'incidents',
  params: {
    path: 'incidents',
    title: 'Incidents',
    filter: { kind: { $in: itsmIncidentEntityKinds } },
    loader: () =>
      import('./incidents/EntityIncidentsContent').then(m => (
        <m.EntityIncidentsContent />
      )),
  },
});

/**
 * The Changes tab of the pages of components, systems and resources:
 * upcoming, in-progress and recent changes, and "Request change".
 *
 * @alpha
 */
export const entityChangesContent = EntityContentBlueprint.make({
  name: 'changes',
  params: {
    path: 'changes',
    title: 'Changes',
    filter: { kind: { $in: itsmIncidentEntityKinds } },
    loader: () =>
      import('./changes/EntityChangesContent').then(m => (
        <m.EntityChangesContent />
      )),
  },
});

/**
 * The Releases tab of the pages of components and systems: the current
 * version, upcoming releases, the history and "Schedule release".
 *
 * @alpha
 */
export const entityReleasesContent = EntityContentBlueprint.make({
  name: 'releases',
  params: {
    path: 'releases',
    title: 'Releases',
    filter: { kind: { $in: ['component', 'system'] } },
    loader: () =>
      import('./releases/EntityReleasesContent').then(m => (
        <m.EntityReleasesContent />
      )),
  },
});

/**
 * The "Configuration item" card of the overview of components, resources,
 * APIs, systems and domains: class, basic data and what depends on it.
 *
 * @alpha
 */
export const entityConfigurationItemCard = EntityCardBlueprint.make({
  name: 'configuration-item',
  params: {
    filter: { kind: { $in: defaultCiKinds.map(k => k.toLowerCase()) } },
    loader: () =>
      import('./cmdb/EntityConfigurationItemCard').then(m => (
        <m.EntityConfigurationItemCard />
      )),
  },
});

/**
 * The "Service level" card of the overview of components and systems: the
 * agreement, its objectives, this month's compliance, the incidents at
 * risk and the last review.
 *
 * @alpha
 */
export const entitySlaCard = EntityCardBlueprint.make({
  name: 'service-level',
  params: {
    filter: { kind: { $in: ['component', 'system'] } },
    loader: () => import('./sla/EntitySlaCard').then(m => <m.EntitySlaCard />),
  },
});

/**
 * The "Continuity" card of the overview of components and systems: RTO,
 * RPO, MTPD, the analysis's state and review date, the plans covering it,
 * the last drill and its result, open findings and red flags.
 *
 * @alpha
 */
export const entityContinuityCard = EntityCardBlueprint.make({
  name: 'continuity',
  params: {
    filter: { kind: { $in: ['component', 'system'] } },
    loader: () =>
      import('./continuity/EntityContinuityCard').then(m => (
        <m.EntityContinuityCard />
      )),
  },
});

/**
 * The "Service health" card of the overview of components and systems:
 * this month's incident, service level, change and DORA indicators of the
 * service, each with its status against target and trend, linked to the
 * KPI dashboard scoped to it.
 *
 * @alpha
 */
export const entityServiceHealthCard = EntityCardBlueprint.make({
  name: 'service-health',
  params: {
    filter: { kind: { $in: ['component', 'system'] } },
    loader: () =>
      import('./improvement/EntityServiceHealthCard').then(m => (
        <m.EntityServiceHealthCard />
      )),
  },
});

export {
  itsmSearchResultListItems,
  itsmSearchResultTypeExtensions,
} from './search/itsmSearchExtensions';

/**
 * The ITSM frontend plugin, for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'itsm',
  title: 'ITSM',
  info: { packageJson: () => import('../package.json') },
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
  extensions: [
    itsmApi,
    itsmPage,
    entityIncidentsContent,
    entityChangesContent,
    entityReleasesContent,
    entityConfigurationItemCard,
    entitySlaCard,
    entityContinuityCard,
    entityServiceHealthCard,
    ...itsmSearchResultListItems,
    ...itsmSearchResultTypeExtensions,
  ],
});
