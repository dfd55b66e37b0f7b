import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { RecordStore } from '../../core/database/RecordStore';
import {
  SLA_ACTOR,
  SlaClockStore,
  SlaCrossing,
} from '../../core/database/SlaClockStore';
import {
  BreachEscalation,
  planBreachEscalation,
} from '../domain/planBreachEscalation';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import { RecordNotifier } from '../../core/services/DefaultRecordNotifier';
import { SlaClockPlanner } from '../services/SlaClockPlanner';

/** How many clocks one claim takes. */
const BATCH = 500;

/** Times an escalation is tried again after losing to another write. */
const ESCALATION_ATTEMPTS = 3;

/** How many escalations are written at the same time. */
const ESCALATION_CONCURRENCY = 4;

/**
 * The breach scan (§8.3.1): on one replica at a time, each minute, it
 * claims the clocks whose next threshold has come from the indexed
 * `next_threshold_at` (never looping over open incidents), announces each
 * crossing once on the incident's timeline, tells whoever works it (and
 * the group's lead on a breach) and, on a breach, applies the configured
 * escalation as a guarded change.
 */
export class SlaBreachScanTask {
  constructor(
    private readonly deps: {
      clocks: SlaClockStore;
      store: RecordStore;
      planner: SlaClockPlanner;
      publisher: RecordChangePublisher;
      notifier?: RecordNotifier;
      logger: LoggerService;
      escalation: BreachEscalation;
      serviceDeskGroup: string;
      /** The lead of a group, for breach notices. */
      leadOf: (groupRef: string) => Promise<string | undefined>;
      now?: () => Date;
    },
  ) {}

  async schedule(
    scheduler: SchedulerService,
    frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-sla-breach-scan',
      scope: 'global',
      frequency,
      timeout: { minutes: 5 },
      initialDelay: { seconds: 30 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** One tick: every crossing that has come, announced; returns them. */
  async run(): Promise<SlaCrossing[]> {
    const now = (this.deps.now?.() ?? new Date()).toISOString();
    const all: SlaCrossing[] = [];
    for (;;) {
      const claimed = await this.deps.clocks.claimCrossings({
        now,
        limit: BATCH,
      });
      all.push(...claimed);
      await this.follow(claimed, now);
      if (claimed.length < BATCH) return all;
    }
  }

  /** Notices and escalations for claimed crossings (already on the timeline). */
  private async follow(crossings: SlaCrossing[], now: string): Promise<void> {
    if (crossings.length === 0) return;
    const records = await this.deps.store.getRecordsByIds(
      crossings.map(c => c.recordId),
    );
    const leads = new Map<string, Promise<string | undefined>>();
    const leadOf = (group: string) => {
      if (!leads.has(group)) {
        leads.set(
          group,
          this.deps.leadOf(group).catch(() => undefined),
        );
      }
      return leads.get(group)!;
    };
    const breaches: SlaCrossing[] = [];
    for (const [i, crossing] of crossings.entries()) {
      const record = records[i];
      if (!record) continue;
      const breached = crossing.threshold === 100;
      const lead =
        breached && record.assignmentGroup
          ? await leadOf(record.assignmentGroup)
          : undefined;
      void this.deps.notifier?.notify({
        after: record,
        event: {
          kind: 'sla',
          actor: SLA_ACTOR,
          data: {
            clock: crossing.kind,
            threshold: crossing.threshold,
            dueAt: crossing.dueAt,
            lead,
          },
        },
      });
      void this.deps.publisher.publish(record);
      if (breached) breaches.push(crossing);
    }
    // Escalations are independent guarded writes: a few at a time.
    let next = 0;
    await Promise.all(
      Array.from({ length: ESCALATION_CONCURRENCY }, async () => {
        while (next < breaches.length) {
          const crossing = breaches[next++];
          await this.escalate(crossing.recordId, crossing, now);
        }
      }),
    );
  }

  private async escalate(recordId: string, crossing: SlaCrossing, now: string) {
    for (let attempt = 1; attempt <= ESCALATION_ATTEMPTS; attempt++) {
      const record = await this.deps.store.getRecord({
        type: 'incident',
        id: recordId,
      });
      if (!record) return;
      const plan = planBreachEscalation({
        record,
        crossing,
        escalation: this.deps.escalation,
        serviceDeskGroup: this.deps.serviceDeskGroup,
      });
      if (!plan) return;
      const updated = await this.deps.store.updateRecord({
        type: 'incident',
        id: record.id,
        expectedVersion: record.version,
        ...plan,
        slaClocks: this.deps.planner.mover({ now }),
        now,
      });
      if (updated) {
        void this.deps.publisher.publish(updated);
        void this.deps.notifier?.notify({
          before: record,
          after: updated,
          event: plan.event,
        });
        return;
      }
    }
    this.deps.logger.warn(
      `Could not escalate ${recordId} after its ${crossing.kind} breach: it kept changing`,
    );
  }
}
