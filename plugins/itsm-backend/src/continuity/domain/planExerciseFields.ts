import { InputError } from '@backstage/errors';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';

/** What a new exercise says besides its kind (§9.3). */
export type ExerciseInput = {
  plan?: string;
  scope?: string;
  scenario?: string;
  participants?: string[];
  plannedStart?: string;
};

/**
 * An exercise's own fields as stored: the plan's ref (resolved by the
 * caller), scope, scenario, participants (users and groups, as entity
 * refs) and planned start. Each bad one is a 400 naming it.
 */
export function planExerciseFields(
  input: ExerciseInput,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (input.plan !== undefined) fields.plan = input.plan;
  for (const field of ['scope', 'scenario'] as const) {
    const text = input[field]?.trim();
    if (text) fields[field] = text;
  }
  if (input.participants !== undefined) {
    const participants = input.participants.map((ref, i) => {
      const normalized = normalizeEntityRef(ref, `participants[${i}]`);
      if (!/^(user|group):/.test(normalized)) {
        throw new InputError(
          `participants[${i}] must be a user or group, not '${ref}'`,
        );
      }
      return normalized;
    });
    fields.participants = [...new Set(participants)];
  }
  if (input.plannedStart !== undefined) {
    const at = Date.parse(input.plannedStart);
    if (Number.isNaN(at)) {
      throw new InputError('plannedStart is not a date and time');
    }
    fields.plannedStart = new Date(at).toISOString();
  }
  return fields;
}
