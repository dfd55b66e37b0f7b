import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { CollationRunner } from './CollationRunner';
import { ItsmRecordCollatorFactory } from './ItsmRecordCollatorFactory';
import { itsmRecordKinds } from './itsmRecordKinds';
import { ItsmRecordReader } from './ItsmRecordReader';
import { RecordChangeWatcher } from './RecordChangeWatcher';

/**
 * Every collation in full every 10 minutes: the safety net behind the
 * change check, which has a type indexed again soon after it changes.
 */
const defaultSchedule: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 5 },
};

/** Which record changed last, asked every 15 seconds by each instance. */
const defaultChangeCheck: SchedulerServiceTaskScheduleDefinition = {
  frequency: { seconds: 15 },
  timeout: { seconds: 30 },
  initialDelay: { seconds: 5 },
};

function scheduleAt(
  config: RootConfigService,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : fallback;
}

/**
 * The search module of the ITSM plugins: indexes incidents, problems,
 * changes, releases, the continuity records (risks, business impact
 * analyses, continuity plans, exercises), the improvement items and
 * training sessions, and the known-error base, each a
 * document type (`itsm-incident`, ..., `itsm-risk`, ...,
 * `itsm-known-error`) shown only to those who may
 * read the record. `search.collators.itsm.schedule` says how often all are
 * indexed in full; `search.collators.itsm.changeCheck` how often each
 * instance looks for changed records, to index their type again soon
 * (`false` turns it off).
 *
 * @public
 */
export const searchModuleItsm = createBackendModule({
  pluginId: 'search',
  moduleId: 'itsm',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        config,
        discovery,
        auth,
        logger,
        scheduler,
        indexRegistry,
      }) {
        const schedule = scheduleAt(
          config,
          'search.collators.itsm.schedule',
          defaultSchedule,
        );
        const collations = Object.values(itsmRecordKinds).map(kind => {
          const runner = new CollationRunner(scheduler, schedule);
          indexRegistry.addCollator({
            schedule: runner,
            factory: new ItsmRecordCollatorFactory(kind, { discovery, auth }),
          });
          return { recordType: kind.recordType, runner };
        });

        if (config.getOptional('search.collators.itsm.changeCheck') === false) {
          return;
        }
        const watcher = new RecordChangeWatcher({
          reader: new ItsmRecordReader({ discovery, auth }),
          collations,
          logger,
        });
        await scheduler.scheduleTask({
          id: 'itsm-search-change-check',
          ...scheduleAt(
            config,
            'search.collators.itsm.changeCheck',
            defaultChangeCheck,
          ),
          // Each instance keeps what it last asked for; the collations it
          // triggers are global tasks, run by whichever instance claims them.
          scope: 'local',
          fn: () => watcher.check(),
        });
      },
    });
  },
});
