import {
  ContinuityInvocation,
  measureRecovery,
  RecoveryRunStep,
  RunObjectives,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { PlannedChange, StoredRecord } from '../../core/model/recordModel';
import { planRunStep } from './planRunStep';

/**
 * Where an invocation lives: in the incident's fields
 * (`continuityInvocations`), so it is written in the incident's guarded
 * change with its timeline event, by those who work the incident; the
 * plan keeps a summary of each (`invocations`).
 */
export function invocationsOf(incident: StoredRecord): ContinuityInvocation[] {
  const list = incident.fields.continuityInvocations;
  return Array.isArray(list) ? (list as ContinuityInvocation[]) : [];
}

/** Incident states a plan may be invoked in: not yet resolved. */
const INVOCABLE_STATES = ['new', 'accepted', 'in_progress', 'on_hold'];

/** The incident's change that invokes a plan (§9.2 from §3.3). */
export function planInvocation(options: {
  incident: StoredRecord;
  plan: StoredRecord;
  steps: RecoveryRunStep[];
  objectives: RunObjectives;
  actor: string;
  now: string;
}): { change: PlannedChange; invocation: ContinuityInvocation } {
  const { incident, plan, steps, objectives, actor, now } = options;
  requireInvocable(incident);
  const existing = invocationsOf(incident);
  if (existing.some(i => i.plan === plan.ref && !i.recoveredAt)) {
    throw new ConflictError(
      `${plan.ref} is invoked for ${incident.ref} already and not yet recovered`,
    );
  }
  const invocation: ContinuityInvocation = {
    id: `I${existing.length + 1}`,
    plan: plan.ref,
    planTitle: plan.title,
    invokedAt: now,
    invokedBy: actor,
    steps,
    objectives,
  };
  return {
    invocation,
    change: {
      expectedState: incident.state,
      set: {
        fields: {
          ...incident.fields,
          continuityInvocations: [...existing, invocation],
        },
      },
      event: {
        kind: 'updated',
        actor,
        data: {
          changes: [
            { field: 'Continuity plan invoked', from: null, to: plan.ref },
          ],
        },
      },
    },
  };
}

/**
 * A 409 unless a plan may be invoked for the incident: a major incident
 * still being worked.
 */
export function requireInvocable(incident: StoredRecord): void {
  if (!incident.fields.major) {
    throw new ConflictError(
      `${incident.ref} is not a major incident: continuity plans are invoked from major incidents`,
    );
  }
  if (!INVOCABLE_STATES.includes(incident.state)) {
    throw new ConflictError(
      `${incident.ref} is ${incident.state.replace(
        '_',
        ' ',
      )}: a plan is invoked while the incident is worked`,
    );
  }
}

function replaceInvocation(
  incident: StoredRecord,
  invocationId: string,
  update: (invocation: ContinuityInvocation) => ContinuityInvocation,
): { list: ContinuityInvocation[]; updated: ContinuityInvocation } {
  const list = [...invocationsOf(incident)];
  const index = list.findIndex(i => i.id === invocationId);
  if (index < 0) {
    throw new NotFoundError(
      `${incident.ref} has no continuity invocation ${invocationId}`,
    );
  }
  const updated = update(list[index]);
  list[index] = updated;
  return { list, updated };
}

/** The incident's change that stamps a step of an invoked plan. */
export function planInvocationStep(options: {
  incident: StoredRecord;
  invocationId: string;
  stepId: string;
  status: string | undefined;
  actor: string;
  now: string;
}): PlannedChange {
  const { incident, invocationId, stepId, status, actor, now } = options;
  let title = '';
  const { list } = replaceInvocation(incident, invocationId, invocation => {
    if (invocation.recoveredAt) {
      throw new ConflictError(
        `${invocation.plan} on ${incident.ref} is recovered: its checklist is closed`,
      );
    }
    const { steps, step } = planRunStep({
      steps: invocation.steps,
      stepId,
      status,
      actor,
      now,
      run: `${invocation.plan} on ${incident.ref}`,
    });
    title = `${step.title}: ${step.doneAt ? 'done' : 'started'}`;
    return { ...invocation, steps };
  });
  return {
    expectedState: incident.state,
    set: { fields: { ...incident.fields, continuityInvocations: list } },
    event: {
      kind: 'updated',
      actor,
      data: { changes: [{ field: 'Continuity step', from: null, to: title }] },
    },
  };
}

/**
 * The incident's change that records the recovery of an invoked plan: the
 * time taken (from the invocation) against the RTO and the data lost
 * against the RPO.
 */
export function planInvocationRecovery(options: {
  incident: StoredRecord;
  invocationId: string;
  dataLossMinutes?: number;
  actor: string;
  now: string;
}): { change: PlannedChange; invocation: ContinuityInvocation } {
  const { incident, invocationId, dataLossMinutes, actor, now } = options;
  if (
    dataLossMinutes !== undefined &&
    (!Number.isInteger(dataLossMinutes) || dataLossMinutes < 0)
  ) {
    throw new InputError('dataLossMinutes must be whole minutes, 0 or more');
  }
  const { list, updated } = replaceInvocation(
    incident,
    invocationId,
    invocation => {
      if (invocation.recoveredAt) {
        throw new ConflictError(
          `${invocation.plan} on ${incident.ref} was recovered already`,
        );
      }
      const measurement = measureRecovery({
        startedAt: invocation.invokedAt,
        steps: invocation.steps,
        objectives: invocation.objectives,
        dataLossMinutes,
        recoveredAt: now,
        now,
      });
      return {
        ...invocation,
        recoveredAt: now,
        recoveredBy: actor,
        ...(dataLossMinutes !== undefined ? { dataLossMinutes } : {}),
        measurement,
      };
    },
  );
  const m = updated.measurement!;
  return {
    invocation: updated,
    change: {
      expectedState: incident.state,
      set: { fields: { ...incident.fields, continuityInvocations: list } },
      event: {
        kind: 'updated',
        actor,
        data: {
          changes: [
            {
              field: 'Continuity recovery',
              from: null,
              to: describeRecovery(updated.plan, m),
            },
          ],
        },
      },
    },
  };
}

/** A recovery in words, for both timelines. */
export function describeRecovery(
  plan: string,
  m: NonNullable<ContinuityInvocation['measurement']>,
): string {
  const rto =
    m.rtoMinutes === undefined
      ? 'no RTO'
      : `RTO ${m.rtoMinutes} min, ${m.withinRto ? 'met' : 'missed'}`;
  const loss =
    m.dataLossMinutes === undefined
      ? 'data loss not recorded'
      : `${m.dataLossMinutes} min of data lost${
          m.rpoMinutes === undefined
            ? ''
            : ` (RPO ${m.rpoMinutes} min, ${m.withinRpo ? 'met' : 'missed'})`
        }`;
  return `${plan} recovered in ${m.recoveryMinutes} min (${rto}); ${loss}`;
}

/** A plan's record of its invocations, as its `invocations` field keeps it. */
export type PlanInvocationSummary = {
  incident: string;
  invocationId: string;
  invokedAt: string;
  invokedBy: string;
  recoveredAt?: string;
  recoveryMinutes?: number;
  withinRto?: boolean;
  dataLossMinutes?: number;
  withinRpo?: boolean;
};

/**
 * The plan's change that keeps an invocation (or its recovery): its
 * `invocations` field and its timeline. `invokedFor` in the event tells the
 * plan's notification rules to tell its contacts.
 */
export function planPlanInvocationNote(options: {
  plan: StoredRecord;
  incident: StoredRecord;
  invocation: ContinuityInvocation;
  actor: string;
}): PlannedChange {
  const { plan, incident, invocation, actor } = options;
  const list = Array.isArray(plan.fields.invocations)
    ? [...(plan.fields.invocations as PlanInvocationSummary[])]
    : [];
  const m = invocation.measurement;
  const summary: PlanInvocationSummary = {
    incident: incident.ref,
    invocationId: invocation.id,
    invokedAt: invocation.invokedAt,
    invokedBy: invocation.invokedBy,
    ...(invocation.recoveredAt
      ? {
          recoveredAt: invocation.recoveredAt,
          recoveryMinutes: m?.recoveryMinutes,
          withinRto: m?.withinRto,
          dataLossMinutes: m?.dataLossMinutes,
          withinRpo: m?.withinRpo,
        }
      : {}),
  };
  const index = list.findIndex(
    s => s.incident === incident.ref && s.invocationId === invocation.id,
  );
  if (index < 0) list.push(summary);
  else list[index] = summary;
  const recovered = Boolean(invocation.recoveredAt && m);
  return {
    expectedState: plan.state,
    set: { fields: { ...plan.fields, invocations: list } },
    event: {
      kind: 'updated',
      actor,
      data: {
        changes: [
          recovered
            ? {
                field: 'Recovery',
                from: null,
                to: `${incident.ref}: ${describeRecovery(plan.ref, m!)}`,
              }
            : { field: 'Invoked for', from: null, to: incident.ref },
        ],
        ...(recovered ? {} : { invokedFor: incident.ref }),
      },
    },
  };
}
