import { ExerciseFinding } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError } from '@backstage/errors';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { PlannedChange, StoredRecord } from '../../core/model/recordModel';

/** A finding as a client sends it. */
export type FindingInput = {
  title?: string;
  owner?: string;
  dueDate?: string;
};

/**
 * The checks of a finding (§9.3 improvement): a title, an owner (a user or
 * group) and a due date; only on a running or completed exercise.
 */
export function checkFinding(
  exercise: StoredRecord,
  input: FindingInput,
): Pick<ExerciseFinding, 'title' | 'owner' | 'dueDate'> {
  if (!['running', 'completed'].includes(exercise.state)) {
    throw new ConflictError(
      `Findings come from a drill that ran: ${exercise.ref} is ${exercise.state}`,
    );
  }
  const title = input.title?.trim();
  if (!title) throw new InputError('title must not be blank');
  const owner = normalizeEntityRef(input.owner ?? '', 'owner');
  if (!/^(user|group):/.test(owner)) {
    throw new InputError(`owner must be a user or group, not '${input.owner}'`);
  }
  const dueDate = input.dueDate ?? '';
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(dueDate) ||
    Number.isNaN(Date.parse(dueDate))
  ) {
    throw new InputError('dueDate must be a date, e.g. 2027-01-31');
  }
  return { title, owner, dueDate };
}

/** The exercise's edit that records a finding, and the plan it revised. */
export function planExerciseFinding(options: {
  exercise: StoredRecord;
  input: FindingInput;
  planRevised?: string;
  actor: string;
  now: string;
}): { change: PlannedChange; finding: ExerciseFinding } {
  const { exercise, input, planRevised, actor, now } = options;
  const checked = checkFinding(exercise, input);
  const findings = (exercise.fields.findings as ExerciseFinding[]) ?? [];
  const finding: ExerciseFinding = {
    id: `F${findings.length + 1}`,
    ...checked,
    createdAt: now,
    createdBy: actor,
    ...(planRevised ? { planRevised } : {}),
  };
  return {
    finding,
    change: {
      expectedState: exercise.state,
      set: { fields: { ...exercise.fields, findings: [...findings, finding] } },
      event: {
        kind: 'updated',
        actor,
        data: {
          // One change a part, so the portal names the owner (a ref)
          // and nothing stored is read as text.
          changes: [
            { field: 'Finding', from: null, to: finding.title },
            { field: 'Finding owner', from: null, to: finding.owner },
            { field: 'Finding due', from: null, to: finding.dueDate },
            ...(planRevised
              ? [
                  {
                    field: 'Plan sent to revision',
                    from: null,
                    to: planRevised,
                  },
                ]
              : []),
          ],
        },
      },
    },
  };
}
