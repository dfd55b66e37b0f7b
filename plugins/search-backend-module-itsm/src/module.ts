import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ItsmKnownErrorCollatorFactory } from './ItsmKnownErrorCollatorFactory';

/** Every 10 minutes, the first time soon after start. */
const defaultSchedule = {
  frequency: { minutes: 10 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 10 },
};

/**
 * The search module of the ITSM plugins: indexes the known-error base
 * (`search.collators.itsm.schedule` says how often).
 *
 * @public
 */
export const searchModuleItsmKnownErrors = createBackendModule({
  pluginId: 'search',
  moduleId: 'itsm-known-errors',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ config, discovery, auth, scheduler, indexRegistry }) {
        const schedule = config.has('search.collators.itsm.schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig('search.collators.itsm.schedule'),
            )
          : defaultSchedule;
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new ItsmKnownErrorCollatorFactory({ discovery, auth }),
        });
      },
    });
  },
});
