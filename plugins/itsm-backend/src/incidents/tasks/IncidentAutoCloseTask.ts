import {
  AuditorService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { incidentWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { RecordStore } from '../../core/database/RecordStore';
import { planTransition } from '../../core/domain/planTransition';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';

/** Who the timeline says closed an unconfirmed resolution. */
export const AUTO_CLOSE_ACTOR = 'itsm:auto-close';

const PAGE = 200;

/** `{ days: 5 }` as "5 days". */
function describeDuration(duration: HumanDuration): string {
  return Object.entries(duration)
    .map(([unit, n]) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`)
    .join(' ');
}

/**
 * Closes incidents whose reporter has not confirmed the resolution within
 * `after` (§3.2.5), through the workflow's `close` move, on one replica at a
 * time (`scope: 'global'`). An incident changed meanwhile (reopened,
 * confirmed) keeps its new state: the move is guarded by version and state.
 */
export class IncidentAutoCloseTask {
  constructor(
    private readonly deps: {
      store: RecordStore;
      auditor: AuditorService;
      publisher: RecordChangePublisher;
      logger: LoggerService;
      after: HumanDuration;
      now?: () => Date;
    },
  ) {}

  async schedule(
    scheduler: SchedulerService,
    frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-incident-auto-close',
      scope: 'global',
      frequency,
      timeout: { minutes: 10 },
      initialDelay: { seconds: 60 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Closes every overdue resolution; returns how many it closed. */
  async run(): Promise<number> {
    const now = this.deps.now?.() ?? new Date();
    const resolvedBefore = new Date(
      now.getTime() - durationToMilliseconds(this.deps.after),
    ).toISOString();
    let closed = 0;
    // Records that cannot close (a major incident without its review) stay
    // due; they are the oldest, so later pages pass over them.
    let skipped = 0;
    for (;;) {
      const due = await this.deps.store.listResolvedBefore({
        type: 'incident',
        state: 'resolved',
        resolvedBefore,
        limit: PAGE,
        offset: skipped,
      });
      let closedThisPage = 0;
      for (const record of due) {
        let plan;
        try {
          plan = planTransition({
            workflow: incidentWorkflow,
            record,
            input: {
              action: 'close',
              version: record.version,
              comment: `Closed automatically: the reporter did not confirm the resolution within ${describeDuration(
                this.deps.after,
              )}`,
            },
            roles: ['worker', 'reporter'],
            actor: AUTO_CLOSE_ACTOR,
            now: now.toISOString(),
          });
        } catch (error) {
          skipped++;
          this.deps.logger.debug(
            `Not closing ${record.ref} automatically: ${error}`,
          );
          continue;
        }
        const auditEvent = await this.deps.auditor.createEvent({
          eventId: 'record-auto-close',
          severityLevel: 'low',
          meta: { ref: record.ref },
        });
        const updated = await this.deps.store.updateRecord({
          type: record.type,
          id: record.id,
          expectedVersion: record.version,
          now: now.toISOString(),
          ...plan,
        });
        await auditEvent.success({
          meta: { ref: record.ref, closed: Boolean(updated) },
        });
        if (updated) {
          closedThisPage++;
          await this.deps.publisher.publish(updated);
        } else {
          skipped++; // changed meanwhile: the next run looks again
        }
      }
      closed += closedThisPage;
      if (due.length < PAGE) break;
    }
    if (closed > 0) {
      this.deps.logger.info(`Closed ${closed} unconfirmed resolved incidents`);
    }
    return closed;
  }
}
