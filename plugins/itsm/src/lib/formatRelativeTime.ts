const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * How long ago (or how far ahead) `time` is from `now`, in words:
 * "5 minutes ago", "yesterday", "in 2 hours".
 */
export function formatRelativeTime(
  time: Date,
  now: Date = new Date(),
  locale?: string,
): string {
  const seconds = Math.round((time.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(seconds) < 45) {
    return format.format(0, 'second');
  }
  const [unit, size] =
    units.find(([, s]) => Math.abs(seconds) >= s) ?? units[units.length - 1];
  return format.format(Math.round(seconds / size), unit);
}
