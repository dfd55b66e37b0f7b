import type { IndicatorDefinition } from './indicatorTypes';

/**
 * An indicator's target (§10.1.2) with its thresholds: `target` is the
 * goal; a figure worse than `warning` (the target when not given) is
 * flagged, one at or worse than `critical` is critical.
 *
 * @public
 */
export interface IndicatorTarget {
  target: number;
  warning?: number;
  critical?: number;
}

/**
 * Where a figure stands against its target: `met` at or better than the
 * warning threshold, `warning` worse than it, `critical` at or worse than
 * the critical threshold; `none` without a target or a figure.
 *
 * @public
 */
export type IndicatorStatus = 'met' | 'warning' | 'critical' | 'none';

/**
 * Whether `a` is worse than `b` for an indicator that is better when
 * higher or lower.
 */
function worse(better: 'higher' | 'lower', a: number, b: number): boolean {
  return better === 'higher' ? a < b : a > b;
}

/**
 * The status of a figure against its target (§10.1.2), one rule for the
 * backend's snapshots and the dashboard's colours.
 *
 * @public
 */
export function indicatorStatus(
  definition: Pick<IndicatorDefinition, 'better'>,
  value: number | null | undefined,
  target: IndicatorTarget | undefined,
): IndicatorStatus {
  if (value === null || value === undefined || !target) return 'none';
  const { better } = definition;
  if (target.critical !== undefined && !worse(better, target.critical, value)) {
    return 'critical';
  }
  return worse(better, value, target.warning ?? target.target)
    ? 'warning'
    : 'met';
}

/**
 * Whether a figure misses its target (worse than the target itself, not
 * its warning threshold): what a run of missed periods counts.
 *
 * @public
 */
export function missesTarget(
  definition: Pick<IndicatorDefinition, 'better'>,
  value: number | null | undefined,
  target: IndicatorTarget | undefined,
): boolean {
  if (value === null || value === undefined || !target) return false;
  return worse(definition.better, value, target.target);
}

/**
 * How a figure moved from the previous period's: `better`, `worse` or
 * `same` for the indicator's direction, `unknown` when either is missing.
 *
 * @public
 */
export function indicatorTrend(
  definition: Pick<IndicatorDefinition, 'better'>,
  value: number | null | undefined,
  previous: number | null | undefined,
): 'better' | 'worse' | 'same' | 'unknown' {
  if (
    value === null ||
    value === undefined ||
    previous === null ||
    previous === undefined
  ) {
    return 'unknown';
  }
  if (value === previous) return 'same';
  return worse(definition.better, value, previous) ? 'worse' : 'better';
}

/**
 * The month a period is, `YYYY-MM` (UTC), and its half-open bounds.
 *
 * @public
 */
export function monthPeriod(month: string): { from: string; to: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
    throw new TypeError(`A period is a month, YYYY-MM; got '${month}'`);
  }
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return {
    from: new Date(Date.UTC(year, index, 1)).toISOString(),
    to: new Date(Date.UTC(year, index + 1, 1)).toISOString(),
  };
}

/**
 * The month (`YYYY-MM`, UTC) `offset` months from the one a time falls in:
 * `monthOf(now, -1)` is last month.
 *
 * @public
 */
export function monthOf(time: Date, offset = 0): string {
  const d = new Date(
    Date.UTC(time.getUTCFullYear(), time.getUTCMonth() + offset, 1),
  );
  return d.toISOString().slice(0, 7);
}
