import { coreServices } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';

/**
 * The Backstage services the ITSM plugin depends on, as `registerInit`
 * takes them: what `createRecordCore` opens the record core with
 * (`PluginServices`). The plugin and the tests' cut-down plugins share it.
 */
export const pluginServiceRefs = {
  logger: coreServices.logger,
  database: coreServices.database,
  httpRouter: coreServices.httpRouter,
  httpAuth: coreServices.httpAuth,
  userInfo: coreServices.userInfo,
  permissions: coreServices.permissions,
  permissionsRegistry: coreServices.permissionsRegistry,
  auditor: coreServices.auditor,
  auth: coreServices.auth,
  discovery: coreServices.discovery,
  actionsRegistry: actionsRegistryServiceRef,
  config: coreServices.rootConfig,
  scheduler: coreServices.scheduler,
  catalog: catalogServiceRef,
  signals: signalsServiceRef,
  notifications: notificationService,
};
