import { ChangePlanStep, stateLabel } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import {
  StoredRecord,
  UpdateRecordOptions,
} from '../../core/model/recordModel';

/**
 * Ticks a step of a change's implementation plan off (or back on) while
 * the change is implemented (§5.3.2). Those who work the change, its
 * requester and the step's owner (a user, or a member of the owning group)
 * may.
 */
export function planStepUpdate(options: {
  record: StoredRecord;
  index: number;
  done: boolean;
  actor: string;
  /** The actor's ownership refs: themself and their groups. */
  claims: readonly string[];
  /** Whether the actor works the change (may update it). */
  isWorker: boolean;
  now: string;
}): Pick<UpdateRecordOptions, 'expectedState' | 'set' | 'event'> {
  const { record, index, done, actor, claims, isWorker, now } = options;
  if (record.state !== 'implementing') {
    throw new ConflictError(
      `Steps are ticked off while ${
        record.ref
      } is implemented; it is ${stateLabel(
        'change',
        record.state,
      ).toLocaleLowerCase('en-US')}`,
    );
  }
  const plan = (record.fields.plan ?? []) as ChangePlanStep[];
  const step = plan[index];
  if (!step) {
    throw new InputError(
      `index: ${record.ref} has steps 0 to ${plan.length - 1}, not ${index}`,
    );
  }
  const isOwner =
    step.owner !== undefined &&
    (step.owner === actor || claims.includes(step.owner));
  if (!isWorker && record.reportedBy !== actor && !isOwner) {
    throw new NotAllowedError(
      `Only those who work ${record.ref}, its requester or the step's owner may tick its steps`,
    );
  }
  const updated: ChangePlanStep = done
    ? { ...step, done: true, doneAt: now, doneBy: actor }
    : {
        title: step.title,
        ...(step.owner ? { owner: step.owner } : {}),
        done: false,
      };
  return {
    expectedState: record.state,
    set: {
      fields: {
        ...record.fields,
        plan: plan.map((s, i) => (i === index ? updated : s)),
      },
    },
    event: {
      kind: 'updated',
      actor,
      data: {
        changes: [
          {
            field: `plan step ${index + 1} (${step.title}) done`,
            from: Boolean(step.done),
            to: done,
          },
        ],
      },
    },
  };
}
