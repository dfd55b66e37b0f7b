import { SchedulerService } from '@backstage/backend-plugin-api';
import {
  ContinuityDemoDeps,
  seedContinuityDemo,
} from '../demo/seedContinuityDemo';

/**
 * Seeds the continuity demo (`itsm.continuity.demoData: true`) on one
 * replica at a time (`scope: 'global'`): every minute until the catalog
 * knows the demo's services and people, then never again, since a run
 * with continuity records present is one indexed query and writes
 * nothing.
 */
export class ContinuityDemoTask {
  constructor(private readonly deps: ContinuityDemoDeps) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-continuity-demo-data',
      scope: 'global',
      frequency: { minutes: 1 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 20 },
      fn: async () => {
        try {
          await seedContinuityDemo(this.deps);
        } catch (error) {
          this.deps.logger.warn(
            `The continuity demo data could not be written: ${error}`,
          );
        }
      },
    });
  }
}
