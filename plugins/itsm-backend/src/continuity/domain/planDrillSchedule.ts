import { Frequency, rrulestr } from 'rrule';

/** How many next dates a drill shows. */
export const NEXT_DRILL_DATES = 3;

/**
 * Why an RRULE value is not one a drill schedule takes, in words; undefined
 * when it is. A drill recurs daily at the most often (FREQ=DAILY, WEEKLY,
 * MONTHLY or YEARLY), and the value is the rule alone: no DTSTART or other
 * property lines (the drill's `start` is its first date).
 */
export function drillRruleProblem(
  rule: string,
  start: string,
): string | undefined {
  if (/[:\r\n]/.test(rule)) {
    return `'${rule}' must be an RRULE value alone, like FREQ=MONTHLY;INTERVAL=6 (no 'RRULE:' or other lines)`;
  }
  try {
    const parsed = rrulestr(`RRULE:${rule}`, { dtstart: new Date(start) });
    if (parsed.options.freq > Frequency.DAILY) {
      return `'${rule}' recurs more often than daily; drills recur DAILY, WEEKLY, MONTHLY or YEARLY`;
    }
    // Expanding once proves the rule's parts (an unknown weekday throws here).
    parsed.after(new Date(start), true);
    return undefined;
  } catch (error) {
    return `'${rule}' is not an iCalendar RRULE (${(error as Error).message})`;
  }
}

/**
 * The next occurrences of a drill after `now` (at most `count`), from its
 * first date by its rule; none when the rule has ended.
 */
export function nextDrillDates(
  drill: { rrule: string; start: string },
  now: Date,
  count = NEXT_DRILL_DATES,
): string[] {
  if (drillRruleProblem(drill.rrule, drill.start)) return [];
  const rule = rrulestr(`RRULE:${drill.rrule}`, {
    dtstart: new Date(drill.start),
  });
  const dates: string[] = [];
  let after = now;
  while (dates.length < count) {
    const next = rule.after(after, false);
    if (!next) break;
    dates.push(next.toISOString());
    after = next;
  }
  return dates;
}
