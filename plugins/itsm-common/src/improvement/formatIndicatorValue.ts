import type { IndicatorDefinition } from './indicatorTypes';

/** A number with at most one decimal, without a trailing `.0`. */
function oneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * An indicator's figure in its unit, as the dashboard, the entity card and
 * the reports write it: hours `5.2 h`, days `3.1 d`, percent `92 %`, a
 * rating `4.1 / 5`, a rate `3.5 / week`, a count `12` (a mean count with
 * one decimal); `—` when nothing was measured.
 *
 * @public
 */
export function formatIndicatorValue(
  definition: Pick<IndicatorDefinition, 'unit'>,
  value: number | null | undefined,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  switch (definition.unit) {
    case 'hours':
      return `${oneDecimal(value)} h`;
    case 'days':
      return `${oneDecimal(value)} d`;
    case 'percent':
      return `${Math.round(value)} %`;
    case 'rating':
      return `${oneDecimal(value)} / 5`;
    case 'per-week':
      return `${oneDecimal(value)} / week`;
    default:
      return oneDecimal(value);
  }
}
