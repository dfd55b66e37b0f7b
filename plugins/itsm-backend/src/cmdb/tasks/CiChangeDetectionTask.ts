import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { CiHistoryService } from '../services/CiHistoryService';

/**
 * Looks at the catalog's configuration items on a schedule and records
 * what changed (§6.2). Runs on one replica at a time (`scope: 'global'`).
 */
export class CiChangeDetectionTask {
  constructor(
    private readonly deps: { history: CiHistoryService; logger: LoggerService },
  ) {}

  async schedule(
    scheduler: SchedulerService,
    frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-ci-change-detection',
      scope: 'global',
      frequency,
      timeout: { minutes: 10 },
      initialDelay: { seconds: 20 },
      fn: async () => {
        const { items, changes } = await this.deps.history.look();
        if (changes.length > 0) {
          this.deps.logger.info(
            `Configuration items: ${
              changes.length
            } changes among ${items} items, ${
              changes.filter(c => c.unauthorized).length
            } unauthorised`,
          );
        }
      },
    });
  }
}
