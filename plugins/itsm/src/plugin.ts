import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { itsmApiRef } from './api/ItsmApi';
import { ItsmClient } from './api/ItsmClient';
import {
  entityIncidentsRouteRef,
  entityChangesRouteRef,
  entityReleasesRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The ITSM frontend plugin, for apps on the legacy frontend system.
 *
 * @public
 */
export const itsmPlugin = createPlugin({
  id: 'itsm',
  apis: [
    createApiFactory({
      api: itsmApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ItsmClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    entityContent: entityIncidentsRouteRef,
    entityChangesContent: entityChangesRouteRef,
    entityReleasesContent: entityReleasesRouteRef,
  },
});

/**
 * The service desk page, with incident pages below it (legacy frontend
 * system), e.g. in `App.tsx`:
 *
 * ```tsx
 * <Route path="/itsm" element={<ItsmPage />} />
 * ```
 *
 * @public
 */
export const ItsmPage = itsmPlugin.provide(
  createRoutableExtension({
    name: 'ItsmPage',
    component: () => import('./ItsmPage').then(m => m.ItsmPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Incidents tab of an entity page (legacy frontend system), e.g.
 *
 * ```tsx
 * <EntityLayout.Route path="/incidents" title="Incidents">
 *   <EntityItsmIncidentsContent />
 * </EntityLayout.Route>
 * ```
 *
 * @public
 */
export const EntityItsmIncidentsContent = itsmPlugin.provide(
  createRoutableExtension({
    name: 'EntityItsmIncidentsContent',
    component: () =>
      import('./incidents/EntityIncidentsContent').then(
        m => m.EntityIncidentsContent,
      ),
    mountPoint: entityIncidentsRouteRef,
  }),
);

/**
 * The Changes tab of an entity page (legacy frontend system): upcoming,
 * in-progress and recent changes, and "Request change", e.g.
 *
 * ```tsx
 * <EntityLayout.Route path="/changes" title="Changes">
 *   <EntityItsmChangesContent />
 * </EntityLayout.Route>
 * ```
 *
 * @public
 */
export const EntityItsmChangesContent = itsmPlugin.provide(
  createRoutableExtension({
    name: 'EntityItsmChangesContent',
    component: () =>
      import('./changes/EntityChangesContent').then(
        m => m.EntityChangesContent,
      ),
    mountPoint: entityChangesRouteRef,
  }),
);

/**
 * The "Configuration item" card for an entity's overview (legacy frontend
 * system): class, basic data and what depends on the entity, e.g.
 *
 * ```tsx
 * <Grid item md={6}>
 *   <EntityItsmConfigurationItemCard />
 * </Grid>
 * ```
 *
 * @public
 */
export const EntityItsmConfigurationItemCard = itsmPlugin.provide(
  createComponentExtension({
    name: 'EntityItsmConfigurationItemCard',
    component: {
      lazy: () =>
        import('./cmdb/EntityConfigurationItemCard').then(
          m => m.EntityConfigurationItemCard,
        ),
    },
  }),
);

/**
 * The "Service level" card for an entity's overview (legacy frontend
 * system): the agreement, its objectives, this month's compliance, the
 * incidents at risk and the last review, e.g.
 *
 * ```tsx
 * <Grid item md={6}>
 *   <EntityItsmSlaCard />
 * </Grid>
 * ```
 *
 * @public
 */
export const EntityItsmSlaCard = itsmPlugin.provide(
  createComponentExtension({
    name: 'EntityItsmSlaCard',
    component: {
      lazy: () => import('./sla/EntitySlaCard').then(m => m.EntitySlaCard),
    },
  }),
);

/**
 * The "Continuity" card for an entity's overview (legacy frontend system):
 * RTO, RPO and MTPD, the business impact analysis's state and review date,
 * the plans covering it, the last drill and its result, open findings and
 * red flags (no plan, no drill in 12 months, RTO not achievable), e.g.
 *
 * ```tsx
 * <Grid item md={6}>
 *   <EntityItsmContinuityCard />
 * </Grid>
 * ```
 *
 * @public
 */
export const EntityItsmContinuityCard = itsmPlugin.provide(
  createComponentExtension({
    name: 'EntityItsmContinuityCard',
    component: {
      lazy: () =>
        import('./continuity/EntityContinuityCard').then(
          m => m.EntityContinuityCard,
        ),
    },
  }),
);

/**
 * The "Service health" card for an entity's overview (legacy frontend
 * system): this month's incident, service level, change and DORA
 * indicators of the service with their status against target and trend,
 * linked to the KPI dashboard scoped to it, e.g.
 *
 * ```tsx
 * <Grid item md={6}>
 *   <EntityItsmServiceHealthCard />
 * </Grid>
 * ```
 *
 * @public
 */
export const EntityItsmServiceHealthCard = itsmPlugin.provide(
  createComponentExtension({
    name: 'EntityItsmServiceHealthCard',
    component: {
      lazy: () =>
        import('./improvement/EntityServiceHealthCard').then(
          m => m.EntityServiceHealthCard,
        ),
    },
  }),
);

/**
 * The Releases tab of an entity page (legacy frontend system): the current
 * version, upcoming releases, the history, and "Schedule release", e.g.
 *
 * ```tsx
 * <EntityLayout.Route path="/releases" title="Releases">
 *   <EntityItsmReleasesContent />
 * </EntityLayout.Route>
 * ```
 *
 * @public
 */
export const EntityItsmReleasesContent = itsmPlugin.provide(
  createRoutableExtension({
    name: 'EntityItsmReleasesContent',
    component: () =>
      import('./releases/EntityReleasesContent').then(
        m => m.EntityReleasesContent,
      ),
    mountPoint: entityReleasesRouteRef,
  }),
);
