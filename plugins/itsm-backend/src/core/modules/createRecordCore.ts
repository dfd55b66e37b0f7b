import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  AuditorService,
  AuthService,
  DatabaseService,
  DiscoveryService,
  HttpAuthService,
  HttpRouterService,
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { itsmPermissions } from '@backstage-itsm/plugin-itsm-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import { SignalsService } from '@backstage/plugin-signals-node';
import { Knex } from 'knex';
import { CatalogEntityLookup, EntityLookup } from '../catalog/EntityLookup';
import { DatabaseRecordStore } from '../database/DatabaseRecordStore';
import { DatabaseSlaClockStore } from '../database/DatabaseSlaClockStore';
import { RecordStore } from '../database/RecordStore';
import { SlaClockStore } from '../database/SlaClockStore';
import { loadRecordResources } from '../permissions/loadRecordResources';
import { recordPermissionResourceRef } from '../permissions/recordPermissionResource';
import { recordPermissionRules } from '../permissions/rules';
import { RecordChangePublisher } from '../services/RecordChangePublisher';

/** The Backstage services the plugin runs on. */
export type PluginServices = {
  logger: LoggerService;
  database: DatabaseService;
  httpRouter: HttpRouterService;
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  auditor: AuditorService;
  auth: AuthService;
  discovery: DiscoveryService;
  actionsRegistry: ActionsRegistryService;
  config: RootConfigService;
  scheduler: SchedulerService;
  catalog: CatalogService;
  signals: SignalsService;
  notifications: NotificationService;
};

/**
 * The record core before any process is registered: the Backstage
 * services, the database with the core's tables migrated, the record and
 * clock stores, the catalog lookup and the change publisher. Every
 * process's factory takes it.
 */
export type RecordCore = PluginServices & {
  knex: Knex;
  store: RecordStore;
  clocks: SlaClockStore;
  entities: EntityLookup;
  publisher: RecordChangePublisher;
};

/**
 * Opens the record core: migrates the database and registers the record
 * permission resource with its rules.
 */
export async function createRecordCore(
  services: PluginServices,
): Promise<RecordCore> {
  const knex = await services.database.getClient();
  const store = await DatabaseRecordStore.create({
    knex,
    skipMigrations: services.database.migrations?.skip,
  });
  services.permissionsRegistry.addResourceType({
    resourceRef: recordPermissionResourceRef,
    permissions: itsmPermissions.filter(p => isResourcePermission(p)),
    rules: Object.values(recordPermissionRules),
    getResources: ids => loadRecordResources(store, ids),
  });
  services.permissionsRegistry.addPermissions(
    itsmPermissions.filter(p => !isResourcePermission(p)),
  );
  return {
    ...services,
    knex,
    store,
    clocks: new DatabaseSlaClockStore(knex),
    entities: new CatalogEntityLookup(services.catalog),
    publisher: new RecordChangePublisher(services.signals, services.logger),
  };
}
