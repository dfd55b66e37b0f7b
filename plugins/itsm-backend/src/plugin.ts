import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { itsmPermissions } from '@backstage-itsm/plugin-itsm-common';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { CatalogEntityLookup } from './catalog/EntityLookup';
import { DatabaseRecordStore } from './database/DatabaseRecordStore';
import { recordPermissionResourceRef } from './permissions/recordPermissionResource';
import { recordPermissionRules } from './permissions/rules';
import { loadRecordResources } from './permissions/loadRecordResources';
import { createRouter } from './router/createRouter';
import { AuthorizedRecordService } from './services/AuthorizedRecordService';
import { DefaultRecordService } from './services/DefaultRecordService';
import { RecordChangePublisher } from './services/RecordChangePublisher';
import { EntityOwnerSyncTask } from './scheduler/EntityOwnerSyncTask';
import { readIncidentIntakeSettings } from './services/readIncidentIntakeSettings';
import { createIntakeServices } from './intake/createIntakeServices';

/**
 * The ITSM backend plugin, mounted at `/api/itsm`.
 *
 * @public
 */
export const itsmPlugin = createBackendPlugin({
  pluginId: 'itsm',
  register(env) {
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        signals: signalsServiceRef,
      },
      async init(deps) {
        const knex = await deps.database.getClient();
        const store = await DatabaseRecordStore.create({
          knex,
          skipMigrations: deps.database.migrations?.skip,
        });

        deps.permissionsRegistry.addResourceType({
          resourceRef: recordPermissionResourceRef,
          permissions: itsmPermissions,
          rules: Object.values(recordPermissionRules),
          getResources: ids => loadRecordResources(store, ids),
        });

        const entities = new CatalogEntityLookup(deps.catalog);
        const records = new AuthorizedRecordService(
          new DefaultRecordService({
            store,
            entities,
            auditor: deps.auditor,
            publisher: new RecordChangePublisher(deps.signals, deps.logger),
            incidentIntake: readIncidentIntakeSettings(deps.config),
          }),
          deps.permissions,
          createConditionTransformer(
            deps.permissionsRegistry.getPermissionRuleset(
              recordPermissionResourceRef,
            ),
          ),
        );

        deps.httpRouter.use(
          await createRouter({
            records,
            httpAuth: deps.httpAuth,
            intake: createIntakeServices({
              knex,
              records,
              catalog: deps.catalog,
              config: deps.config,
            }),
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });

        await new EntityOwnerSyncTask({
          store,
          entities,
          auth: deps.auth,
          logger: deps.logger,
        }).schedule(
          deps.scheduler,
          deps.config.has('itsm.entityOwnerSync.frequency')
            ? readDurationFromConfig(
                deps.config.getConfig('itsm.entityOwnerSync.frequency'),
              )
            : { minutes: 10 },
        );
      },
    });
  },
});
