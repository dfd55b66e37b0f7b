/** The ranges a service level report offers, by name. */
export const slaPeriods = {
  'this-month': 'This month',
  'last-month': 'Last month',
  '30-days': 'Last 30 days',
  '90-days': 'Last 90 days',
  '12-months': 'Last 12 months',
} as const;

/** @public */
export type SlaPeriod = keyof typeof slaPeriods;

const DAY_MS = 24 * 3_600_000;

/** The range of a period as of `now` (UTC months), as ISO instants. */
export function rangeOf(
  period: SlaPeriod,
  now: Date = new Date(),
): { from: string; to: string } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m, 1));
  switch (period) {
    case 'this-month':
      return {
        from: monthStart(year, month).toISOString(),
        to: now.toISOString(),
      };
    case 'last-month':
      return {
        from: monthStart(year, month - 1).toISOString(),
        to: monthStart(year, month).toISOString(),
      };
    case '12-months':
      return {
        from: monthStart(year, month - 11).toISOString(),
        to: now.toISOString(),
      };
    default: {
      const days = period === '90-days' ? 90 : 30;
      return {
        from: new Date(now.getTime() - days * DAY_MS).toISOString(),
        to: now.toISOString(),
      };
    }
  }
}

/** A compliance percentage in words: `92.5%`, or `—` when nothing is decided. */
export function formatCompliance(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? '—' : `${percent}%`;
}
