/**
 * The change calendar's days, in the reader's time zone: weeks start on
 * Monday (ISO 8601, as change calendars in Europe and most tools do).
 */

/** What the calendar shows at once. */
export type CalendarView = 'month' | 'week';

/** Midnight at the start of the day. */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** The same time of day, `days` later (across daylight saving changes). */
export function addDays(date: Date, days: number): Date {
  return new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate() + days,
    date.getHours(),
    date.getMinutes(),
  );
}

/** Midnight on the Monday of the date's week. */
export function startOfWeek(date: Date): Date {
  const day = startOfDay(date);
  return addDays(day, -((day.getDay() + 6) % 7));
}

/**
 * The days a view shows around `anchor`, in weeks of seven: for a month,
 * the weeks that hold any of its days; for a week, that week.
 */
export function calendarWeeks(view: CalendarView, anchor: Date): Date[][] {
  const first =
    view === 'week'
      ? startOfWeek(anchor)
      : startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1));
  const last =
    view === 'week'
      ? first
      : startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0));
  const weeks: Date[][] = [];
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return weeks;
}

/** The range a view covers: its first day's start to its last day's end. */
export function calendarRange(
  view: CalendarView,
  anchor: Date,
): { from: Date; to: Date } {
  const weeks = calendarWeeks(view, anchor);
  const lastWeek = weeks[weeks.length - 1];
  return { from: weeks[0][0], to: addDays(lastWeek[6], 1) };
}

/** The anchor one view earlier (-1) or later (+1). */
export function shiftAnchor(
  view: CalendarView,
  anchor: Date,
  step: -1 | 1,
): Date {
  return view === 'week'
    ? addDays(anchor, 7 * step)
    : new Date(anchor.getFullYear(), anchor.getMonth() + step, 1);
}

/** The events that take place on a day (that overlap it at all). */
export function eventsOnDay<T extends { start: string; end: string }>(
  events: T[],
  day: Date,
): T[] {
  const from = startOfDay(day).getTime();
  const to = addDays(startOfDay(day), 1).getTime();
  return events.filter(
    e => Date.parse(e.start) < to && Date.parse(e.end) > from,
  );
}

/** `2026-12-02`: a day as the URL keeps it, in local time. */
export function formatDayParam(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

/** A day from the URL (`2026-12-02`), or undefined when it is not one. */
export function parseDayParam(text: string | null): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return undefined;
  const date = new Date(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
  );
  return formatDayParam(date) === text ? date : undefined;
}
