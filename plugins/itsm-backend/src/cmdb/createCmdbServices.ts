import {
  AuthService,
  LoggerService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { CatalogCiReader } from './catalog/CatalogCiReader';
import { ImpactNodeCache } from './catalog/ImpactNodeCache';
import { DatabaseCiHistoryStore } from './database/DatabaseCiHistoryStore';
import { RecordStore } from '../core/database/RecordStore';
import { CiChangeNotifier } from './services/CiChangeNotifier';
import { CiHistoryService } from './services/CiHistoryService';
import { CmdbReader } from './services/CmdbReader';
import { ImpactAnalysisService } from './services/ImpactAnalysisService';
import { readCmdbSettings } from './services/readCmdbSettings';

/**
 * The configuration management part of the plugin (chapter 6), from
 * `itsm.cmdb`: the history that looks at the catalog and keeps the CMDB
 * index, the impact analysis that walks it (or the catalog), and the
 * CMDB's queries.
 */
export async function createCmdbServices(deps: {
  knex: Knex;
  config: RootConfigService;
  catalog: CatalogService;
  records: RecordStore;
  auth: AuthService;
  permissions: PermissionsService;
  notifications: NotificationService;
  logger: LoggerService;
}) {
  const settings = readCmdbSettings(deps.config);
  const store = await DatabaseCiHistoryStore.create({
    knex: deps.knex,
    skipMigrations: true,
  });
  const reader = new CatalogCiReader(deps.catalog, settings.kinds);
  return {
    settings,
    history: new CiHistoryService({
      history: store,
      records: deps.records,
      reader,
      classRules: settings.classRules,
      auth: deps.auth,
      logger: deps.logger,
      notifier: new CiChangeNotifier({
        notifications: deps.notifications,
        logger: deps.logger,
      }),
    }),
    impact: new ImpactAnalysisService({
      catalog: deps.catalog,
      classRules: settings.classRules,
      cache: new ImpactNodeCache({ ttlMs: settings.impactCacheMs }),
      index: { store, permissions: deps.permissions, kinds: settings.kinds },
    }),
    cmdb: new CmdbReader({ history: store, reader }),
  };
}
