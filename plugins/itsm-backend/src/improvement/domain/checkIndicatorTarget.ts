import type { IndicatorTarget } from '@backstage-itsm/plugin-itsm-common';

/**
 * An indicator's target as configured or annotated (§10.1.2): a number
 * `target` with optional numbers `warning` and `critical`; what is wrong
 * with it in words that name `field`, or the target.
 */
export function checkIndicatorTarget(
  value: unknown,
  field: string,
): { target: IndicatorTarget } | { problem: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: `${field} must be an object with a target` };
  }
  const v = value as Record<string, unknown>;
  const target: Partial<IndicatorTarget> = {};
  for (const key of ['target', 'warning', 'critical'] as const) {
    const n = v[key];
    if (n === undefined && key !== 'target') continue;
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      return { problem: `${field}.${key} must be a number` };
    }
    target[key] = n;
  }
  return { target: target as IndicatorTarget };
}
