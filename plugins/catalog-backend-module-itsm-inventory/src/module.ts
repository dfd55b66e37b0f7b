import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { InventoryEntityProvider } from './InventoryEntityProvider';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 2 },
};

/**
 * Imports the inventory files named in `catalog.providers.itsmInventory`
 * as Resource entities, each on its own schedule.
 *
 * @public
 */
export const catalogModuleItsmInventory = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'itsm-inventory',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ catalog, config, logger, scheduler }) {
        const settings = config.getOptionalConfig(
          'catalog.providers.itsmInventory',
        );
        if (!settings) {
          return;
        }
        const schedule = settings.has('schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              settings.getConfig('schedule'),
            )
          : DEFAULT_SCHEDULE;
        for (const file of settings.getStringArray('files')) {
          catalog.addEntityProvider(
            new InventoryEntityProvider({
              file,
              logger,
              taskRunner: scheduler.createScheduledTaskRunner(schedule),
            }),
          );
        }
      },
    });
  },
});
