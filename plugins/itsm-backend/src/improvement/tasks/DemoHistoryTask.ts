import { SchedulerService } from '@backstage/backend-plugin-api';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import { DemoHistoryCore } from '../demo/demoHistoryServices';
import { writeDemoHistory } from '../demo/writeDemoHistory';

/**
 * Writes the demo history (`itsm.improvement.demoHistory: true`) on one
 * replica at a time (`scope: 'global'`): every minute until the catalog
 * knows the demo's services and people, then never again, since a run
 * where incidents older than a week exist is one indexed query and writes
 * nothing.
 */
export class DemoHistoryTask {
  constructor(private readonly deps: DemoHistoryCore) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-improvement-demo-history',
      scope: 'global',
      frequency: { minutes: 1 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 30 },
      fn: async () => {
        try {
          // The history is not news: no signal to open pages per record.
          await writeDemoHistory({
            ...this.deps,
            publisher: new RecordChangePublisher(
              { publish: async () => {} },
              this.deps.logger,
            ),
          });
        } catch (error) {
          this.deps.logger.warn(
            `The demo history could not be written: ${error}`,
          );
        }
      },
    });
  }
}
