import { InputError } from '@backstage/errors';
import { StatisticsRows, VolumeDimension } from '../model/statisticsModel';

/** How volumes are bucketed. */
export type StatisticsPeriod = 'day' | 'week' | 'month';

/** Incident statistics (§2.3.4) as the API answers them. */
export type IncidentStatistics = {
  from: string;
  to: string;
  period: StatisticsPeriod;
  /** The first day (YYYY-MM-DD) of every period in the range, in order. */
  periods: string[];
  reported: number;
  volumes: Record<
    VolumeDimension,
    { period: string; key: string; count: number }[]
  >;
  accepted: { count: number; meanHours: number | null };
  resolved: {
    count: number;
    meanHours: number | null;
    /** Resolved by the service desk (L1) without escalation or reopening. */
    firstContactRate: number | null;
    /**
     * Of the incidents first resolved in the range, the share whose
     * resolution was rejected (reopened), resolved again since or not.
     */
    reopenRate: number | null;
  };
  satisfaction: {
    count: number;
    average: number | null;
    distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
  };
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest range statistics cover at once. */
export const MAX_RANGE_DAYS = 400;

/** The first day of the period a day (YYYY-MM-DD) falls in. */
export function periodOf(day: string, period: StatisticsPeriod): string {
  if (period === 'day') return day;
  if (period === 'month') return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00.000Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7; // ISO weeks start on Monday
  return new Date(date.getTime() - sinceMonday * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * The range statistics are asked for, as ISO instants: the 30 days up to
 * now unless given; checked by checkRange.
 */
export function statisticsRange(
  query: { from?: string; to?: string },
  now = new Date().toISOString(),
): { from: string; to: string } {
  const to = query.to ?? now;
  const from =
    query.from ?? new Date(Date.parse(to) - 30 * DAY_MS).toISOString();
  checkRange(from, to);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** Checks a statistics range: from before to, not longer than MAX_RANGE_DAYS. */
export function checkRange(from: string, to: string): void {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (Number.isNaN(start)) throw new InputError(`from '${from}' is not a date`);
  if (Number.isNaN(end)) throw new InputError(`to '${to}' is not a date`);
  if (end <= start) throw new InputError('to must be after from');
  if (end - start > MAX_RANGE_DAYS * DAY_MS) {
    throw new InputError(
      `from and to may be at most ${MAX_RANGE_DAYS} days apart`,
    );
  }
}

const round = (n: number, digits = 2) =>
  Math.round(n * 10 ** digits) / 10 ** digits;
const ratio = (part: number, whole: number) =>
  whole === 0 ? null : round(part / whole, 4);

/**
 * Rolls the database's daily aggregates into periods and works out the
 * means and rates.
 */
export function summarizeStatistics(
  rows: StatisticsRows,
  range: { from: string; to: string; period: StatisticsPeriod },
): IncidentStatistics {
  const { from, to, period } = range;
  const periods: string[] = [];
  for (let t = Date.parse(from.slice(0, 10)); t < Date.parse(to); t += DAY_MS) {
    const p = periodOf(new Date(t).toISOString().slice(0, 10), period);
    if (periods[periods.length - 1] !== p) periods.push(p);
  }

  const volumes = {} as IncidentStatistics['volumes'];
  let reported = 0;
  for (const dimension of Object.keys(rows.volumes) as VolumeDimension[]) {
    const counts = new Map<string, number>();
    for (const row of rows.volumes[dimension]) {
      const key = `${periodOf(row.day, period)}\n${row.key ?? 'none'}`;
      counts.set(key, (counts.get(key) ?? 0) + row.count);
      if (dimension === 'priority') reported += row.count;
    }
    volumes[dimension] = [...counts.entries()]
      .map(([key, count]) => {
        const [p, value] = key.split('\n');
        return { period: p, key: value, count };
      })
      .sort((a, b) =>
        a.period === b.period
          ? a.key.localeCompare(b.key)
          : a.period.localeCompare(b.period),
      );
  }

  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let rated = 0;
  let ratingSum = 0;
  for (const { rating, count } of rows.ratings) {
    const key = String(rating) as keyof typeof distribution;
    if (key in distribution) {
      distribution[key] += count;
      rated += count;
      ratingSum += rating * count;
    }
  }

  const hours = (seconds: number, count: number) =>
    count === 0 ? null : round(seconds / count / 3600);
  return {
    from,
    to,
    period,
    periods,
    reported,
    volumes,
    accepted: {
      count: rows.accepted.count,
      meanHours: hours(rows.accepted.seconds, rows.accepted.count),
    },
    resolved: {
      count: rows.resolved.count,
      meanHours: hours(rows.resolved.seconds, rows.resolved.count),
      firstContactRate: ratio(rows.resolved.firstContact, rows.resolved.count),
      reopenRate: ratio(rows.firstResolved.reopened, rows.firstResolved.count),
    },
    satisfaction: {
      count: rated,
      average: rated === 0 ? null : round(ratingSum / rated),
      distribution,
    },
  };
}
