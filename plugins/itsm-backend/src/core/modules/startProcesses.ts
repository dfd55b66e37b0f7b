import { readDurationFromConfig } from '@backstage/config';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import { recordPermissionResourceRef } from '../permissions/recordPermissionResource';
import { createRouter } from '../router/createRouter';
import { presentAnyRecord } from '../router/presenters';
import { AuthorizedRecordService } from '../services/AuthorizedRecordService';
import {
  DefaultRecordNotifier,
  notifyAll,
} from '../services/DefaultRecordNotifier';
import { DefaultRecordService } from '../services/DefaultRecordService';
import { CatalogEntityNames } from '../catalog/CatalogEntityNames';
import { EntityOwnerSyncTask } from '../tasks/EntityOwnerSyncTask';
import { RecordCore } from './createRecordCore';
import { ProcessModule, RecordTypeRegistration } from './ProcessModule';

/**
 * Starts the record core with the processes registered: builds the record
 * service from what each process registers for its types, starts each
 * process on it, mounts their routes (in module order) on the validated
 * router and schedules their tasks and the core's own (the owners of the
 * affected entities, mirrored from the catalog).
 */
export async function startProcesses(
  core: RecordCore,
  modules: ProcessModule[],
): Promise<void> {
  const registered: Partial<Record<string, RecordTypeRegistration>> =
    Object.assign({}, ...modules.map(m => m.recordTypes ?? {}));
  const each = <K extends keyof RecordTypeRegistration>(key: K) =>
    Object.fromEntries(
      Object.entries(registered)
        .filter(([, registration]) => registration?.[key])
        .map(([type, registration]) => [type, registration![key]!]),
    );

  const notifier = new DefaultRecordNotifier({
    notifications: core.notifications,
    logger: core.logger,
    rules: each('notifications'),
    names: new CatalogEntityNames(core),
  });
  const listeners = modules.flatMap(m => m.listeners?.(notifier) ?? []);
  const records = new AuthorizedRecordService(
    new DefaultRecordService({
      store: core.store,
      entities: core.entities,
      auditor: core.auditor,
      publisher: core.publisher,
      notifier: notifyAll(notifier, ...listeners),
      intakePlanners: each('intake'),
      editPlanners: each('edit'),
      moveFields: each('moves'),
      transitionPlanners: each('transition'),
      slaClocks: modules.find(m => m.slaClocks)?.slaClocks,
    }),
    core.permissions,
    createConditionTransformer(
      core.permissionsRegistry.getPermissionRuleset(
        recordPermissionResourceRef,
      ),
    ),
  );

  const parts = [];
  for (const module of modules) {
    parts.push(await module.start({ records, notifier }));
  }
  core.httpRouter.use(
    await createRouter({
      routes: parts.flatMap(p => p.routes ?? []),
      ahead: parts.flatMap(p => p.ahead ?? []),
      nulTolerantPaths: parts.flatMap(p => p.nulTolerantPaths ?? []),
      presentRecord: record =>
        registered[record.type]?.present?.(record) ?? presentAnyRecord(record),
    }),
  );
  for (const path of [
    '/health',
    ...parts.flatMap(p => p.unauthenticatedPaths ?? []),
  ]) {
    core.httpRouter.addAuthPolicy({ path, allow: 'unauthenticated' });
  }

  await new EntityOwnerSyncTask({
    store: core.store,
    entities: core.entities,
    auth: core.auth,
    logger: core.logger,
  }).schedule(
    core.scheduler,
    core.config.has('itsm.entityOwnerSync.frequency')
      ? readDurationFromConfig(core.config, {
          key: 'itsm.entityOwnerSync.frequency',
        })
      : { minutes: 10 },
  );
  for (const task of parts.flatMap(p => p.tasks ?? [])) {
    await task(core.scheduler);
  }
}
