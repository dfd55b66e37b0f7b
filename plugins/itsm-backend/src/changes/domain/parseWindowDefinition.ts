import { Duration } from 'luxon';
import { checkRrule, WindowDefinition } from './expandWindow';

/** A window as configuration or an entity annotation writes it. */
export type RawWindow = {
  name?: unknown;
  start?: unknown;
  /** The end of a one-off window. */
  end?: unknown;
  /** How long each occurrence lasts: ISO 8601 (`PT4H`) or `{ hours: 4 }`. */
  duration?: unknown;
  /** An iCalendar RRULE value, e.g. `FREQ=WEEKLY;BYDAY=SU`. */
  rrule?: unknown;
  /** The entities or systems it is for (configuration only). */
  entities?: unknown;
};

/** The window, or why it is not one (naming `key`'s fields). */
export type ParsedWindow =
  | { ok: true; window: WindowDefinition }
  | { ok: false; reason: string };

function minutesOf(duration: unknown): number | undefined {
  const parsed =
    typeof duration === 'string'
      ? Duration.fromISO(duration)
      : Duration.fromObject((duration ?? {}) as Record<string, number>);
  return parsed.isValid ? parsed.as('minutes') : undefined;
}

/**
 * Reads a freeze or maintenance window: a name, a start, and either an
 * end (once) or a duration (each occurrence), with an optional RRULE.
 */
export function parseWindowDefinition(
  raw: RawWindow,
  options: {
    kind: WindowDefinition['kind'];
    source: string;
    key: string;
    /** Entity refs normalised (configuration) or the annotated entity's. */
    entityRefs?: string[];
  },
): ParsedWindow {
  const { key } = options;
  const fail = (reason: string): ParsedWindow => ({
    ok: false,
    reason: `${key}.${reason}`,
  });
  if (typeof raw.name !== 'string' || !raw.name.trim()) {
    return fail('name is required');
  }
  const start = typeof raw.start === 'string' ? Date.parse(raw.start) : NaN;
  if (Number.isNaN(start)) {
    return fail('start must be a date and time, e.g. 2026-12-20T00:00:00Z');
  }
  let minutes: number | undefined;
  if (raw.end !== undefined) {
    const end = typeof raw.end === 'string' ? Date.parse(raw.end) : NaN;
    if (Number.isNaN(end) || end <= start) {
      return fail('end must be a date and time after start');
    }
    minutes = (end - start) / 60_000;
  } else {
    minutes = minutesOf(raw.duration);
    if (!minutes || minutes <= 0) {
      return fail(
        'duration is required without an end: ISO 8601 (PT4H) or { hours: 4 }',
      );
    }
  }
  let rrule: string | undefined;
  if (raw.rrule !== undefined) {
    rrule = String(raw.rrule).replace(/^RRULE:/i, '');
    const problem = checkRrule(rrule, new Date(start).toISOString());
    if (problem) return fail(`rrule: ${problem}`);
  }
  return {
    ok: true,
    window: {
      name: raw.name.trim(),
      kind: options.kind,
      start: new Date(start).toISOString(),
      durationMinutes: minutes,
      ...(rrule ? { rrule } : {}),
      ...(options.entityRefs?.length ? { entityRefs: options.entityRefs } : {}),
      source: options.source,
    },
  };
}
