/**
 * How the portal writes a point in time, a day and a window, in one place
 * for both ends: the frontend in the reader's locale and time zone, the
 * backend's notifications in UTC (it does not know the reader's zone).
 * Times always name their zone: "15 Dec 2026, 20:00 CET".
 */

/**
 * The locale the portal writes dates in while its texts are English:
 * British English, day month year on a 24-hour clock ("15 Dec 2026,
 * 20:00 CET"), the same on every page and in every notification, whatever
 * locale the browser reports (a US browser would otherwise write "Dec 15,
 * 2026, 08:00 PM" beside a notification's "15 Dec 2026, 20:00 UTC").
 *
 * @public
 */
export const TEXT_LOCALE = 'en-GB';

/**
 * Whose conventions to write in: a BCP 47 locale (the portal's
 * {@link TEXT_LOCALE} unless given) and an IANA time zone (the runtime's,
 * the reader's in a browser, unless given).
 *
 * @public
 */
export type DateTimeOptions = { locale?: string; timeZone?: string };

/** @public */
export type DateTimeValue = string | number | Date;

const DATE = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const TIME = { hour: '2-digit', minute: '2-digit' } as const;
const ZONE = { timeZoneName: 'short' } as const;

const formats = {
  dateTime: { ...DATE, ...TIME, ...ZONE },
  date: DATE,
  time: TIME,
  zone: ZONE,
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: keyof typeof formats, options: DateTimeOptions) {
  const key = `${kind}|${options.locale ?? ''}|${options.timeZone ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(options.locale ?? TEXT_LOCALE, {
      ...formats[kind],
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * ICU's thin and narrow no-break spaces (around a range's dash, before
 * "PM") as plain ones: the same text in a browser, a test and a mail.
 */
function plain(text: string): string {
  return text.replace(/[\u2009\u202f]/g, ' ');
}

function toDate(value: DateTimeValue): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * A point in time with its zone, e.g. "15 Dec 2026, 20:00 CET"; a value
 * that is not a time is returned as it is.
 *
 * @public
 */
export function formatDateTime(
  value: DateTimeValue,
  options: DateTimeOptions = {},
): string {
  const date = toDate(value);
  return date
    ? plain(formatter('dateTime', options).format(date))
    : String(value);
}

/**
 * The day of a point in time, e.g. "15 Dec 2026".
 *
 * @public
 */
export function formatDate(
  value: DateTimeValue,
  options: DateTimeOptions = {},
): string {
  const date = toDate(value);
  return date ? plain(formatter('date', options).format(date)) : String(value);
}

/**
 * The time of day alone, e.g. "20:00", for where the day and the zone are
 * said once for many (a calendar's cells).
 *
 * @public
 */
export function formatTime(
  value: DateTimeValue,
  options: DateTimeOptions = {},
): string {
  const date = toDate(value);
  return date ? plain(formatter('time', options).format(date)) : String(value);
}

/**
 * From one time to another with the zone, the day once when both fall on
 * it: "15 Dec 2026, 19:00–21:00 UTC"; else "15 Dec 2026, 23:00 UTC – 16
 * Dec 2026, 01:00 UTC".
 *
 * @public
 */
export function formatTimeRange(
  start: DateTimeValue,
  end: DateTimeValue,
  options: DateTimeOptions = {},
): string {
  const from = toDate(start);
  const to = toDate(end);
  if (!from || !to) return `${String(start)} – ${String(end)}`;
  if (to < from) {
    return `${formatDateTime(from, options)} – ${formatDateTime(to, options)}`;
  }
  return plain(formatter('dateTime', options).formatRange(from, to));
}

/**
 * The short name of the time zone times are written in, at a moment (a
 * zone's name changes with daylight saving): "CET", "UTC", "GMT+1".
 *
 * @public
 */
export function timeZoneName(
  options: DateTimeOptions = {},
  at: DateTimeValue = Date.now(),
): string {
  const date = toDate(at) ?? new Date();
  return (
    formatter('zone', options)
      .formatToParts(date)
      .find(part => part.type === 'timeZoneName')?.value ?? ''
  );
}

/**
 * A calendar period a report counts by, as its table names it: a day or a
 * week by its (first) day, "7 Dec 2026"; a month as "Dec 2026". `short`
 * for a chart's axis, where the year is said by the range: "7 Dec", "Dec
 * 26". Periods are calendar dates, not instants: no zone applies. Any
 * other key is returned as it is.
 *
 * @public
 */
export function formatPeriod(
  period: string,
  options: { locale?: string; short?: boolean } = {},
): string {
  const { locale, short = false } = options;
  const month = /^\d{4}-\d{2}$/.test(period);
  if (!month && !/^\d{4}-\d{2}-\d{2}$/.test(period)) return period;
  const parts: Intl.DateTimeFormatOptions = month
    ? { month: 'short', year: short ? '2-digit' : 'numeric' }
    : { day: 'numeric', month: 'short', ...(short ? {} : { year: 'numeric' }) };
  const key = `period|${month}|${short}|${locale ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale ?? TEXT_LOCALE, {
      ...parts,
      timeZone: 'UTC',
    });
    cache.set(key, format);
  }
  return plain(
    format.format(new Date(`${month ? `${period}-01` : period}T00:00:00Z`)),
  );
}
