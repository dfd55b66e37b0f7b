import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { PeriodicReportService } from '../services/PeriodicReportService';

/**
 * Writes last month's reports (§2.1.2(5), §6.3.3, §8.3) of the portal and
 * of every group and service with records in it, on one replica at a time
 * (`scope: 'global'`). It looks every few hours: the first run of a month
 * (on the 1st) writes them; the table's key of scope and month keeps a
 * second run, a second replica or a restart from writing or announcing
 * them again.
 */
export class MonthlyReportTask {
  constructor(
    private readonly deps: {
      reports: PeriodicReportService;
      logger: LoggerService;
    },
  ) {}

  async schedule(
    scheduler: SchedulerService,
    frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-monthly-reports',
      scope: 'global',
      frequency,
      timeout: { minutes: 30 },
      initialDelay: { minutes: 2 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Writes the reports due now; returns how many it wrote. */
  async run(): Promise<number> {
    const written = await this.deps.reports.generateDue();
    if (written > 0) {
      this.deps.logger.info(`Wrote ${written} monthly reports`);
    }
    return written;
  }
}
