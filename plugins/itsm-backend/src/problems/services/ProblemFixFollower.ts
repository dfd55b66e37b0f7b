import {
  AuditorService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { RecordStore, StoredRecord } from '../../core/database/RecordStore';
import { RecordChange } from '../../core/model/notificationModel';
import { problemChangeRequestOf } from '../domain/planProblemChangeRequest';
import { PROBLEM_FIX_ACTOR, planProblemFix } from '../domain/planProblemFix';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import { RecordNotifier } from '../../core/services/DefaultRecordNotifier';

/** Links of one record read at most (a change's problems and releases). */
const MAX_LINKS = 500;
/** Problems waiting for their fix looked at per sweep page. */
const PAGE = 200;
/** Times a problem changed meanwhile is read again. */
const MAX_ATTEMPTS = 5;

/**
 * Follows the change requests that implement problem fixes (§4.3.3): when
 * one closes, its problem is resolved and its incidents told (successful),
 * or freed to take another change (failed, backed out); see
 * planProblemFix. It hears every committed change (as a notifier does) and
 * acts at once; a periodic sweep, on one replica at a time, catches what a
 * crash between the change's commit and that reaction left behind. Each
 * move is guarded by the problem's version and state, so doing it twice
 * does nothing the second time.
 */
export class ProblemFixFollower implements RecordNotifier {
  constructor(
    private readonly deps: {
      store: RecordStore;
      auditor: AuditorService;
      publisher: RecordChangePublisher;
      /** Tells the incidents' reporters (never rejects). */
      notifier: RecordNotifier;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  /** Hears a committed change; never rejects. */
  async notify(change: RecordChange): Promise<void> {
    const { before, after } = change;
    if (after.type !== 'change' || after.state !== 'closed') return;
    if (before?.state === 'closed') return;
    try {
      await this.followChange(after);
    } catch (error) {
      // The sweep will find the problem again.
      this.deps.logger.warn(
        `Could not follow up the problems fixed by ${after.ref}: ${error}`,
      );
    }
  }

  async schedule(
    scheduler: SchedulerService,
    frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-problem-fix-sweep',
      scope: 'global',
      frequency,
      timeout: { minutes: 10 },
      initialDelay: { seconds: 90 },
      fn: async () => {
        await this.sweep();
      },
    });
  }

  /** The problems whose change request closed, moved; returns how many. */
  async sweep(): Promise<number> {
    let moved = 0;
    let after: { number: number } | undefined;
    for (;;) {
      const { records, hasMore } = await this.deps.store.listRecords({
        type: 'problem',
        states: ['fix_in_progress'],
        sort: 'newest',
        limit: PAGE,
        after,
      });
      for (const problem of records) {
        const ref = problemChangeRequestOf(problem);
        const number = Number(ref?.split('-')[1]);
        if (!ref || !Number.isInteger(number)) continue;
        const change = await this.deps.store.getRecord({
          type: 'change',
          number,
        });
        if (change?.state === 'closed' && (await this.follow(problem, change)))
          moved++;
      }
      if (!hasMore || records.length === 0) break;
      after = { number: records[records.length - 1].number };
    }
    return moved;
  }

  /** Moves the problems that carry the change as their fix. */
  async followChange(change: StoredRecord): Promise<void> {
    const links = await this.deps.store.listLinks(change.id, MAX_LINKS);
    for (const { source } of links) {
      if (
        source.type === 'problem' &&
        problemChangeRequestOf(source) === change.ref
      ) {
        await this.follow(source, change);
      }
    }
  }

  /** Moves one problem after its change closed; whether it moved. */
  private async follow(
    problem: StoredRecord,
    change: StoredRecord,
  ): Promise<boolean> {
    let current: StoredRecord | undefined = problem;
    for (let attempt = 1; current && attempt <= MAX_ATTEMPTS; attempt++) {
      const now = (this.deps.now?.() ?? new Date()).toISOString();
      const incidents = await this.incidentsOf(current);
      const plan = planProblemFix({
        problem: current,
        change,
        incidentIds: incidents.map(i => i.id),
        now,
      });
      if (!plan) return false;
      const audit = await this.deps.auditor.createEvent({
        eventId: 'problem-fix',
        severityLevel: 'medium',
        meta: { ref: current.ref, change: change.ref },
      });
      const updated = await this.deps.store.updateRecord({
        type: 'problem',
        id: current.id,
        expectedVersion: current.version,
        now,
        ...plan,
      });
      await audit.success({ meta: { moved: Boolean(updated) } });
      if (updated) {
        await this.announce(current, updated, plan, incidents);
        return true;
      }
      current = await this.deps.store.getRecord({
        type: 'problem',
        id: problem.id,
      });
    }
    return false;
  }

  /** The incidents the problem caused. */
  private async incidentsOf(problem: StoredRecord): Promise<StoredRecord[]> {
    const links = await this.deps.store.listLinks(problem.id, MAX_LINKS);
    return links
      .filter(
        l =>
          l.link.kind === 'caused-by' &&
          l.target.id === problem.id &&
          l.source.type === 'incident',
      )
      .map(l => l.source);
  }

  /** Open pages reload; the incidents' reporters hear of the fix. */
  private async announce(
    before: StoredRecord,
    after: StoredRecord,
    plan: NonNullable<ReturnType<typeof planProblemFix>>,
    incidents: StoredRecord[],
  ): Promise<void> {
    await this.deps.publisher.publish(after);
    await this.deps.notifier.notify({ before, after, event: plan.event });
    for (const incident of plan.alsoOn ? incidents : []) {
      await this.deps.publisher.publish(incident);
      await this.deps.notifier.notify({
        before: incident,
        after: incident,
        event: { ...plan.alsoOn!.event, actor: PROBLEM_FIX_ACTOR },
      });
    }
    this.deps.logger.info(
      `${after.ref}: ${
        after.state === 'resolved' ? 'resolved by' : 'no longer carries'
      } its change request, ${incidents.length} incidents told`,
    );
  }
}
