import {
  DateTimeOptions,
  formatTimeRange,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * A planned window in the reader's time zone, saying which: "2 Dec 2026,
 * 20:00–22:00 CET" (the end's date only when it differs); a dash for none.
 */
export function formatWindow(
  window: { start: string; end: string } | undefined,
  options?: DateTimeOptions,
): string {
  if (!window) return '—';
  return formatTimeRange(window.start, window.end, options);
}
