import { DateTime } from 'luxon';

/** An ISO weekday, as luxon numbers them: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Working time on a day: minutes after local midnight, `end` up to 1440. */
export type WorkingPeriod = { start: number; end: number };

/**
 * When a service level's clock runs (§8.2): working periods per weekday in
 * a time zone, and whole local days off. A weekday without periods is
 * closed.
 */
export type BusinessCalendar = {
  id: string;
  timeZone: string;
  week: Partial<Record<Weekday, WorkingPeriod[]>>;
  /** Local dates, `YYYY-MM-DD`. */
  holidays: ReadonlySet<string>;
};

/** A span of time in epoch milliseconds, `end` after `start`. */
export type Span = { start: number; end: number };

/** Every minute of every day counts (P1 may run so). */
export const ALWAYS: BusinessCalendar = {
  id: '24x7',
  timeZone: 'UTC',
  week: Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map(day => [day, [{ start: 0, end: 1440 }]]),
  ),
  holidays: new Set(),
};

/**
 * The furthest a clock looks ahead for working time: a calendar that
 * checks out has working time every week, so this is reached only by
 * holidays covering years.
 */
const MAX_DAYS = 3 * 366;

const MINUTE = 60_000;

/**
 * The calendar's working time from `from` on, span by span, in order:
 * each working period of each local day that is not a holiday, less the
 * `excluded` spans (approved maintenance windows), cut to start at `from`.
 * Local times come from the time zone, so a working day is shorter or
 * longer across a daylight-saving change, as its wall clock says.
 */
export function* workingSpans(
  calendar: BusinessCalendar,
  from: number,
  options: { excluded?: readonly Span[]; until?: number } = {},
): Generator<Span> {
  const { excluded = [], until = Infinity } = options;
  let day = DateTime.fromMillis(from, { zone: calendar.timeZone })
    .startOf('day')
    .toMillis();
  for (let i = 0; i < MAX_DAYS; i++) {
    if (day >= until) return;
    const plan = dayPlan(calendar, day);
    for (const period of plan.periods) {
      const start = Math.max(from, period.start);
      if (period.end > start) {
        yield* subtract({ start, end: period.end }, excluded);
      }
    }
    day = plan.next;
  }
  throw new Error(
    `Calendar ${
      calendar.id
    } has no working time in the ${MAX_DAYS} days after ${new Date(
      from,
    ).toISOString()}`,
  );
}

/** A local day of a calendar: its working periods as instants, and the next day's start. */
type DayPlan = { periods: Span[]; next: number };

/** Days of a calendar worked out already, by their start (a clock reads the same days again and again). */
const dayPlans = new WeakMap<BusinessCalendar, Map<number, DayPlan>>();
const MAX_CACHED_DAYS = 20_000;

/**
 * The working periods of the local day that starts at `dayStart` (a
 * holiday has none), and the start of the day after it: each day from its
 * own start, so a day that begins after a skipped midnight (Santiago, say)
 * does not shift the days after it. Computed once per calendar and day.
 */
function dayPlan(calendar: BusinessCalendar, dayStart: number): DayPlan {
  let days = dayPlans.get(calendar);
  if (!days) {
    days = new Map();
    dayPlans.set(calendar, days);
  }
  const known = days.get(dayStart);
  if (known) return known;
  const day = DateTime.fromMillis(dayStart, { zone: calendar.timeZone });
  const date = day.toISODate();
  const periods =
    date && calendar.holidays.has(date)
      ? []
      : (calendar.week[day.weekday as Weekday] ?? []).map(period => ({
          start: atMinute(day, period.start),
          end: atMinute(day, period.end),
        }));
  const plan = {
    periods,
    next: day.plus({ days: 1 }).startOf('day').toMillis(),
  };
  if (days.size >= MAX_CACHED_DAYS) days.clear();
  days.set(dayStart, plan);
  return plan;
}

/**
 * The first instant at which the wall clock on `day` reads `minutes` after
 * midnight or later. On the day clocks go forward, a time in the skipped
 * hour is never read: the wall clock reaches it at the change itself.
 */
function atMinute(day: DateTime, minutes: number): number {
  if (minutes >= 1440) return day.plus({ days: 1 }).startOf('day').toMillis();
  const at = day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  const read = at.hour * 60 + at.minute;
  return at.hasSame(day, 'day') && read === minutes
    ? at.toMillis()
    : offsetChangeBefore(at);
}

/** The instant, within the three hours before `at`, its zone's offset changed. */
function offsetChangeBefore(at: DateTime): number {
  const offsetAt = (ms: number) =>
    DateTime.fromMillis(ms, { zone: at.zone }).offset;
  let hi = at.toMillis();
  let lo = hi - 3 * 60 * MINUTE;
  const after = offsetAt(hi);
  if (offsetAt(lo) === after) return hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The parts of `span` outside every excluded span. */
function* subtract(span: Span, excluded: readonly Span[]): Generator<Span> {
  let start = span.start;
  const cuts = excluded
    .filter(cut => cut.end > span.start && cut.start < span.end)
    .sort((a, b) => a.start - b.start);
  for (const cut of cuts) {
    if (cut.start > start) yield { start, end: Math.min(cut.start, span.end) };
    start = Math.max(start, cut.end);
    if (start >= span.end) return;
  }
  if (span.end > start) yield { start, end: span.end };
}

/**
 * The instant at which `ms` of working time have passed since `from`. With
 * no time to pass, `from` itself.
 */
export function addWorkingTime(
  calendar: BusinessCalendar,
  from: number,
  ms: number,
  excluded: readonly Span[] = [],
): number {
  if (ms <= 0) return from;
  let left = ms;
  for (const span of workingSpans(calendar, from, { excluded })) {
    const length = span.end - span.start;
    if (left <= length) return span.start + left;
    left -= length;
  }
  /* c8 ignore next */
  throw new Error('unreachable: workingSpans ends by throwing');
}

/** The working time between two instants (0 when `to` is not after `from`). */
export function workingTimeBetween(
  calendar: BusinessCalendar,
  from: number,
  to: number,
  excluded: readonly Span[] = [],
): number {
  let total = 0;
  for (const span of workingSpans(calendar, from, { excluded, until: to })) {
    if (span.start >= to) break;
    total += Math.min(span.end, to) - span.start;
  }
  return total;
}

/** Minutes as milliseconds. */
export const minutes = (n: number) => n * MINUTE;
