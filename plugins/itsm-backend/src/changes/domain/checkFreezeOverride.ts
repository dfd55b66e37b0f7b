import { utcWindow } from '../../core/domain/utcTime';
import { InputError } from '@backstage/errors';
import { ChangeConflict } from './findChangeConflicts';

/** Who let a change happen in a freeze, why, and which freezes. */
export type FreezeOverride = {
  justification: string;
  by: string;
  at: string;
  /** The freeze occurrences it covers, as `name@start`. */
  freezes: string[];
};

const keyOf = (c: { name: string; start: string }) => `${c.name}@${c.start}`;

/**
 * A change whose window falls in a freeze goes on only with an explicit
 * override and its justification. Returns the override that now holds
 * (the one given, covering the freezes found; else the earlier one), or
 * refuses, naming the freezes, when one is not covered.
 */
export function checkFreezeOverride(options: {
  ref: string;
  conflicts: ChangeConflict[];
  /** The justification given with this move, if any. */
  justification?: string;
  previous?: FreezeOverride;
  actor: string;
  now: string;
}): FreezeOverride | undefined {
  const { ref, conflicts, previous, actor, now } = options;
  const justification = options.justification?.trim();
  const freezes = conflicts.flatMap(c => (c.kind === 'freeze' ? [c] : []));
  if (justification) {
    return { justification, by: actor, at: now, freezes: freezes.map(keyOf) };
  }
  const uncovered = freezes.filter(f => !previous?.freezes.includes(keyOf(f)));
  if (uncovered.length > 0) {
    const names = uncovered
      .map(f => `'${f.name}' (${utcWindow(f)})`)
      .join(', ');
    throw new InputError(
      `freezeOverride: the window of ${ref} falls in the freeze ${names}; move the window, or give freezeOverride with the reason it must happen then`,
    );
  }
  return previous;
}
