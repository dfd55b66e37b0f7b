import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { riskWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { RecordStore, StoredRecord } from '../../core/database/RecordStore';
import { PausingNotificationSender } from '../../core/services/PausingNotificationSender';
import { RiskReportStore } from '../database/RiskReportStore';
import { planRiskReminders } from '../domain/planRiskReminders';

const PAGE = 200;

/** The risks that are watched: all but closed. */
const liveStates = riskWorkflow.states.filter(
  s => !riskWorkflow.terminalStates.includes(s),
);

/**
 * Reminds the owners of risks whose review date or treatment due date has
 * passed (§9.1), on one replica at a time (`scope: 'global'`): one
 * notification per risk, kind and due date, claimed in the database first,
 * so a second run, a second replica or a restart never repeats it; a new
 * date is reminded of again once it passes.
 */
export class RiskReminderTask {
  private readonly sender: PausingNotificationSender;

  constructor(
    private readonly deps: {
      store: RecordStore;
      reminders: RiskReportStore;
      notifications: NotificationService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {
    this.sender = new PausingNotificationSender({
      notifications: deps.notifications,
      logger: deps.logger,
    });
  }

  async schedule(
    scheduler: SchedulerService,
    frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-risk-reminders',
      scope: 'global',
      frequency,
      timeout: { minutes: 10 },
      initialDelay: { seconds: 90 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Sends the reminders due now; returns how many it sent. */
  async run(): Promise<number> {
    const now = this.deps.now?.() ?? new Date();
    let sent = 0;
    let after: number | undefined;
    for (;;) {
      const { records, hasMore } = await this.deps.store.listRecords({
        type: 'risk',
        states: liveStates,
        sort: 'newest',
        limit: PAGE,
        ...(after === undefined ? {} : { after: { number: after } }),
      });
      for (const record of records) {
        sent += await this.remind(record, now);
      }
      if (!hasMore || records.length === 0) break;
      after = records[records.length - 1].number;
    }
    if (sent > 0) this.deps.logger.info(`Sent ${sent} risk reminders`);
    return sent;
  }

  private async remind(record: StoredRecord, now: Date): Promise<number> {
    let sent = 0;
    for (const reminder of planRiskReminders(record, now)) {
      if (this.sender.paused) return sent;
      const claimed = await this.deps.reminders.claimReminder({
        recordId: record.id,
        kind: reminder.kind,
        dueDate: reminder.dueDate,
        now: now.toISOString(),
      });
      if (!claimed) continue;
      await this.sender.send(
        {
          recipients: { type: 'entity', entityRef: reminder.to },
          payload: {
            title: reminder.title,
            description: reminder.description,
            link: `/itsm/risks/${record.ref}`,
            severity: 'normal',
            topic: 'itsm-risk-reminder',
            scope: `itsm-risk-reminder:${record.id}:${reminder.kind}:${reminder.dueDate}`,
          },
        },
        `remind ${reminder.to} of ${record.ref}`,
      );
      sent++;
    }
    return sent;
  }
}
