import type { ContinuityMeasure } from '../types';

/**
 * Whether a measure is overdue: not done and its due date (a calendar
 * day, due by its end in UTC) has passed. The plan page marks these and
 * the reminder task tells their owners.
 *
 * @public
 */
export function isMeasureOverdue(
  measure: Pick<ContinuityMeasure, 'dueDate' | 'doneAt'>,
  now: Date,
): boolean {
  if (measure.doneAt) return false;
  const endOfDay = Date.parse(`${measure.dueDate}T23:59:59.999Z`);
  return Number.isFinite(endOfDay) && now.getTime() > endOfDay;
}

/**
 * How far a plan's measures are done (§9.2.2(3)): done of all, and how
 * many are overdue.
 *
 * @public
 */
export function continuityMeasureProgress(
  measures: readonly ContinuityMeasure[] | undefined,
  now: Date,
): { done: number; total: number; overdue: number } {
  const all = measures ?? [];
  return {
    done: all.filter(m => m.doneAt).length,
    total: all.length,
    overdue: all.filter(m => isMeasureOverdue(m, now)).length,
  };
}
