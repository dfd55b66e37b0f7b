import { rrulestr } from 'rrule';

/**
 * A freeze (no changes) or maintenance window (changes welcome), from
 * configuration or an entity's annotation: once from `start` to `end`, or
 * recurring by an iCalendar `rrule` from `start` (its DTSTART), each
 * occurrence lasting `durationMinutes`.
 */
export type WindowDefinition = {
  name: string;
  kind: 'freeze' | 'maintenance';
  start: string;
  durationMinutes: number;
  /** An RRULE value, e.g. `FREQ=WEEKLY;BYDAY=FR`; absent for a one-off. */
  rrule?: string;
  /** The entities (or systems) it is for; absent: every entity. */
  entityRefs?: string[];
  /** `config`, or the entity ref whose annotation defines it. */
  source: string;
};

/** One occurrence of a window. */
export type WindowOccurrence = Omit<
  WindowDefinition,
  'durationMinutes' | 'rrule'
> & { end: string };

/** The most occurrences one window yields for one range. */
export const MAX_OCCURRENCES = 1000;

/**
 * Checks an RRULE value; the reason in words when it is not one (for
 * errors that name the setting or annotation).
 */
export function checkRrule(rule: string, start: string): string | undefined {
  try {
    rrulestr(`RRULE:${rule}`, { dtstart: new Date(start) });
    return undefined;
  } catch (error) {
    return `'${rule}' is not an iCalendar RRULE (${(error as Error).message})`;
  }
}

/**
 * The occurrences of a window that overlap `range` (the end is exclusive),
 * in order.
 */
export function expandWindow(
  window: WindowDefinition,
  range: { start: string; end: string },
): WindowOccurrence[] {
  const { durationMinutes, rrule, ...rest } = window;
  const length = durationMinutes * 60_000;
  const from = Date.parse(range.start);
  const to = Date.parse(range.end);
  const occurrence = (start: number): WindowOccurrence => ({
    ...rest,
    start: new Date(start).toISOString(),
    end: new Date(start + length).toISOString(),
  });
  const first = Date.parse(window.start);
  if (!rrule) {
    return first < to && first + length > from ? [occurrence(first)] : [];
  }
  const starts = rrulestr(`RRULE:${rrule}`, {
    dtstart: new Date(first),
  }).between(
    new Date(from - length),
    new Date(to),
    true,
    (_, i) => i < MAX_OCCURRENCES,
  );
  return starts
    .map(d => d.getTime())
    .filter(start => start < to && start + length > from)
    .map(occurrence);
}
