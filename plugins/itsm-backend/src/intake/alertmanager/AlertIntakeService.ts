import { incidentWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { IntakeLookup } from '../catalog/IntakeLookup';
import { IntakeStore, StoredAlertSource } from '../database/IntakeStore';
import { StoredRecord } from '../../core/database/RecordStore';
import { actorOf } from '../../core/services/actorOf';
import { RecordConflictError } from '../../core/services/RecordConflictError';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { AlertmanagerPayload } from './AlertmanagerPayload';
import { AlertIntakeSettings } from './alertIntakeSettings';
import { findAlertEntities } from './findAlertEntities';
import {
  AlertChange,
  AlertGroupState,
  planAlertChanges,
} from './planAlertChanges';
import {
  isGroupResolved,
  planAlertUpdate,
  planNewAlertIncident,
} from './planAlertIntake';

/** What a delivery did. */
export type AlertDeliveryResult = {
  outcome:
    | 'created'
    | 'updated'
    | 'resolved'
    | 'reopened'
    | 'unchanged'
    | 'ignored';
  incident?: StoredRecord;
};

const SOURCE = 'alertmanager';
/** Concurrent deliveries and agents' changes are retried this often. */
const MAX_ATTEMPTS = 5;

/**
 * Turns Alertmanager notifications into incidents, through the record
 * service (so permissions, timeline, audit and signals apply): one open
 * incident per alert group, opened by the first firing delivery, noted,
 * re-prioritised or reopened by later ones, resolved by monitoring when
 * every alert of the group is resolved.
 *
 * Each change of a group's alerts is applied once: the delivery that
 * records the group's new alert state (a guarded update) writes the
 * incident's timeline; concurrent and repeated deliveries find nothing new.
 */
export class AlertIntakeService {
  constructor(
    private readonly deps: {
      records: RecordService;
      intake: IntakeStore;
      lookup: IntakeLookup;
      settings: AlertIntakeSettings;
      now?: () => Date;
    },
  ) {}

  async deliver(
    payload: AlertmanagerPayload,
    ctx: RequestContext,
  ): Promise<AlertDeliveryResult> {
    const { records, intake } = this.deps;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const source = await intake.findActiveAlertSource(
        SOURCE,
        payload.groupKey,
      );
      if (!source) {
        if (isGroupResolved(payload)) {
          return { outcome: 'ignored' };
        }
        const opened = await this.open(payload, ctx);
        if (opened.created) {
          return { outcome: 'created', incident: opened.record };
        }
        continue; // a concurrent delivery opened it: update that one
      }
      const record = await records.get('incident', source.recordId, ctx);
      if (incidentWorkflow.terminalStates.includes(record.state as any)) {
        await intake.releaseAlertSource({ id: source.id, now: this.now() });
        continue; // closed or cancelled: the next firing opens a new one
      }
      const { state, changes } = planAlertChanges(
        source.alerts as AlertGroupState,
        payload,
        this.deps.settings,
      );
      if (changes.length === 0) {
        return { outcome: 'unchanged', incident: record };
      }
      const claimed = await intake.updateAlertSource({
        id: source.id,
        expectedVersion: source.version,
        alerts: state,
        now: this.now(),
      });
      if (!claimed) {
        continue; // a concurrent delivery recorded a change first: compare again
      }
      try {
        return await this.update(record, payload, changes, state, ctx);
      } catch (error) {
        await this.unclaim(source);
        throw error;
      }
    }
    throw new ConflictError(
      `The incident of alert group ${payload.groupKey} kept changing; deliver again`,
    );
  }

  /** Reports the group's incident, claiming the group in the same transaction. */
  private async open(payload: AlertmanagerPayload, ctx: RequestContext) {
    const { settings, lookup } = this.deps;
    const incident = planNewAlertIncident(payload, settings, this.now());
    const entityRefs = await findAlertEntities({
      alerts: payload.alerts.filter(a => a.status === 'firing'),
      settings,
      lookup,
      credentials: ctx.credentials,
    });
    const { state } = planAlertChanges(undefined, payload, settings);
    return this.deps.records.create(
      'incident',
      { ...incident, entityRefs, channel: 'monitoring' },
      {
        ...ctx,
        alertSource: {
          source: SOURCE,
          groupKey: payload.groupKey,
          alerts: state,
        },
      },
    );
  }

  /**
   * Applies a claimed change to the incident: priority, workflow move and
   * note, each re-read and retried when an agent changed the incident
   * meanwhile (a retry finds done what was done).
   */
  private async update(
    record: StoredRecord,
    payload: AlertmanagerPayload,
    changes: AlertChange[],
    state: AlertGroupState,
    ctx: RequestContext,
  ): Promise<AlertDeliveryResult> {
    const { records, settings } = this.deps;
    let current = record;
    for (let attempt = 0; ; attempt++) {
      try {
        const plan = planAlertUpdate({
          payload,
          changes,
          state,
          record: current,
          settings,
        });
        if (plan.raisePriority) {
          // Severity maps to priority through configuration (itsm.alerts):
          // monitoring raises it itself, where people ask the group's lead.
          const priority = plan.raisePriority;
          current = await records.change(
            'incident',
            current.id,
            {
              version: current.version,
              auditEventId: 'incident-alert-priority',
              access: 'write',
              meta: { priority },
            },
            incident => ({
              expectedState: incident.state,
              set: { priority },
              event: {
                kind: 'updated',
                actor: actorOf(ctx.credentials),
                data: {
                  changes: [
                    {
                      field: 'priority',
                      from: incident.priority,
                      to: priority,
                    },
                  ],
                  reason: 'A more severe alert of the group fired',
                },
              },
            }),
            ctx,
          );
        }
        if (plan.move) {
          current = await records.transition(
            'incident',
            current.id,
            { ...plan.move, comment: plan.note, version: current.version },
            ctx,
          );
          return {
            outcome: plan.move.action === 'resolve' ? 'resolved' : 'reopened',
            incident: current,
          };
        }
        // What the alerts did is operational detail: a work note.
        await records.comment(
          'incident',
          current.id,
          { body: plan.note, visibility: 'work_note' },
          ctx,
        );
        return { outcome: 'updated', incident: current };
      } catch (error) {
        if (
          !(error instanceof RecordConflictError) ||
          attempt >= MAX_ATTEMPTS
        ) {
          throw error;
        }
        current = error.current;
      }
    }
  }

  /** Gives back a claimed change that could not be applied, for a redelivery. */
  private async unclaim(source: StoredAlertSource): Promise<void> {
    await this.deps.intake
      .updateAlertSource({
        id: source.id,
        expectedVersion: source.version + 1,
        alerts: source.alerts,
        now: this.now(),
      })
      .catch(() => undefined);
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
