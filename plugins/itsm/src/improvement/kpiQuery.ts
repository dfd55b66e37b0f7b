import type { KpiScopeOptions } from '../api/ImprovementApi';

/**
 * What the KPI dashboard shows, as its query string says: the month
 * (`YYYY-MM`; the running one when absent) and the scope (a `group` or a
 * `service` entity ref; the portal when neither).
 */
export type KpiQuery = KpiScopeOptions & { period?: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The dashboard's period and scope from a query string. */
export function kpiQueryOf(params: URLSearchParams): KpiQuery {
  const period = params.get('period') ?? undefined;
  const group = params.get('group') || undefined;
  const service = params.get('service') || undefined;
  return {
    period: period && MONTH.test(period) ? period : undefined,
    ...(group ? { group } : {}),
    ...(service ? { service } : {}),
  };
}

/** The query string (with `?`, or empty) that keeps a period and scope. */
export function kpiSearch(
  query: KpiQuery,
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...query, ...extra })) {
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The scope alone, for the API's figures. */
export function kpiScopeOf(query: KpiQuery): KpiScopeOptions {
  return {
    ...(query.group ? { group: query.group } : {}),
    ...(query.service ? { service: query.service } : {}),
  };
}

/** A month (`YYYY-MM`) in words, e.g. "November 2026". */
export function monthLabel(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 15)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A month (`YYYY-MM`) in short, e.g. "Nov 26", for a chart's axis. */
export function shortMonthLabel(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 15)).toLocaleDateString('en-GB', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
}

/** How many months `to` is after `from` (both `YYYY-MM`). */
function monthsAfter(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

/** The most months back a series may be asked for (the contract's cap). */
const MAX_SERIES_MONTHS = 36;

/**
 * A series of `count` months ending at the shown month: the series
 * endpoint counts back from the running month, so a past month asks for
 * the months since too, and `pick` keeps the `count` ending at it.
 */
export function seriesWindow(
  period: string | undefined,
  count: number,
  running: string,
): {
  months: number;
  pick: <P extends { period: string }>(points: P[]) => P[];
} {
  const end = period && period < running ? period : running;
  const months = Math.min(
    MAX_SERIES_MONTHS,
    count + Math.max(0, monthsAfter(end, running)),
  );
  return {
    months,
    pick: points => points.filter(p => p.period <= end).slice(-count),
  };
}
