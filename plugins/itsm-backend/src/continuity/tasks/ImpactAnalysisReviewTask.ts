import {
  AuditorService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { RecordStore } from '../../core/database/RecordStore';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import { RecordNotifier } from '../../core/services/DefaultRecordNotifier';
import { selectApprovedAnalyses } from '../database/selectApprovedAnalyses';

/** Who the timeline says reminded an owner of a review. */
export const REVIEW_ACTOR = 'itsm:continuity-review';

/**
 * Reminds the owners of approved business impact analyses whose yearly
 * review is due (`itsm.continuity.reviewInterval`), once per review date:
 * the reminder is a guarded write of the record (its version) that marks
 * the date reminded, with its timeline event, so two replicas, or two
 * runs, never remind twice. Scheduled once across replicas
 * (`scope: 'global'`).
 */
export class ImpactAnalysisReviewTask {
  constructor(
    private readonly deps: {
      db: Knex;
      store: RecordStore;
      notifier: RecordNotifier;
      auditor: AuditorService;
      publisher: RecordChangePublisher;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-continuity-review-reminders',
      scope: 'global',
      frequency: { hours: 1 },
      timeout: { minutes: 10 },
      initialDelay: { minutes: 2 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Reminds every owner whose review is due; returns how many it reminded. */
  async run(): Promise<number> {
    const now = (this.deps.now?.() ?? new Date()).toISOString();
    const due = (await selectApprovedAnalyses(this.deps.db)).filter(
      a =>
        a.reviewDueAt &&
        a.reviewDueAt <= now &&
        a.remindedFor !== a.reviewDueAt,
    );
    let reminded = 0;
    for (const { id } of due) {
      const record = await this.deps.store.getRecord({
        type: 'impact-analysis',
        id,
      });
      const reviewDueAt = record?.fields.reviewDueAt as string | undefined;
      if (
        !record ||
        !reviewDueAt ||
        record.fields.reviewRemindedFor === reviewDueAt
      ) {
        continue;
      }
      const event = {
        kind: 'reviewed' as const,
        actor: REVIEW_ACTOR,
        data: { type: 'review-due', reviewDueAt },
      };
      const audit = await this.deps.auditor.createEvent({
        eventId: 'impact-analysis-review-reminder',
        severityLevel: 'low',
        meta: { ref: record.ref },
      });
      const updated = await this.deps.store.updateRecord({
        type: record.type,
        id: record.id,
        expectedVersion: record.version,
        expectedState: 'approved',
        now,
        set: { fields: { ...record.fields, reviewRemindedFor: reviewDueAt } },
        event,
      });
      await audit.success({
        meta: { ref: record.ref, reminded: Boolean(updated) },
      });
      if (!updated) continue; // another replica or a write came first
      reminded++;
      await this.deps.publisher.publish(updated);
      await this.deps.notifier.notify({
        before: record,
        after: updated,
        event,
      });
    }
    if (reminded > 0) {
      this.deps.logger.info(
        `Reminded ${reminded} owners of due business impact analysis reviews`,
      );
    }
    return reminded;
  }
}
