import {
  BackstageCredentials,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { RecordStore } from '../../core/database/RecordStore';
import { RecordConflictError } from '../../core/services/RecordConflictError';
import { RecordService } from '../../core/services/RecordService';
import { planOverdueMeasureReminders } from '../domain/planOverdueMeasureReminders';

/** How many plans one page of the scan reads. */
const PAGE = 200;

/** Times a reminder is tried again after losing to another write. */
const ATTEMPTS = 3;

/**
 * Reminds the owners of overdue measures of continuity plans (§9.2.2(3)):
 * hourly, on one replica at a time (`scope: 'global'`), each plan that is
 * not retired with a measure past its due date and not done, whose owner
 * has not been told for that due date, gets the reminder as a guarded
 * change (the measure marked as told, on its timeline); the plan's
 * notification rules tell the owner. A second replica running the same
 * scan loses the guarded write and finds nothing left to tell.
 */
export class OverdueMeasureReminderTask {
  constructor(
    private readonly deps: {
      store: RecordStore;
      records: RecordService;
      credentials: () => Promise<BackstageCredentials>;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-continuity-measure-reminders',
      scope: 'global',
      frequency: { hours: 1 },
      timeout: { minutes: 10 },
      initialDelay: { minutes: 1 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** One scan; returns the refs of the plans whose owners were told. */
  async run(): Promise<string[]> {
    const now = this.deps.now?.() ?? new Date();
    const told: string[] = [];
    let after: { number: number } | undefined;
    for (;;) {
      const { records, hasMore } = await this.deps.store.listRecords({
        type: 'continuity-plan',
        states: ['draft', 'in_review', 'approved', 'active', 'under_revision'],
        sort: 'newest',
        limit: PAGE,
        after,
      });
      for (const record of records) {
        if (!planOverdueMeasureReminders(record, now)) continue;
        if (await this.remind(record.id, now)) told.push(record.ref);
      }
      if (!hasMore || records.length === 0) break;
      after = { number: records[records.length - 1].number };
    }
    return told;
  }

  /** The reminder of one plan; false when there was nothing left to tell. */
  private async remind(id: string, now: Date): Promise<boolean> {
    const credentials = await this.deps.credentials();
    for (let attempt = 1; ; attempt++) {
      const current = await this.deps.store.getRecord({
        type: 'continuity-plan',
        id,
      });
      const planned = current && planOverdueMeasureReminders(current, now);
      if (!current || !planned) return false;
      try {
        await this.deps.records.change(
          'continuity-plan',
          id,
          {
            version: current.version,
            auditEventId: 'continuity-plan-measure-reminder',
            access: 'read',
          },
          () => planned,
          { credentials },
        );
        return true;
      } catch (error) {
        if (error instanceof RecordConflictError && attempt < ATTEMPTS) {
          continue;
        }
        this.deps.logger.warn(
          `Could not remind the owners of overdue measures of continuity plan ${id}: ${error}`,
        );
        return false;
      }
    }
  }
}
