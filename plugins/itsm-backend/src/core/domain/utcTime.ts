import {
  DateTimeOptions,
  formatDateTime,
  formatTimeRange,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * How the texts the backend writes (notifications, reports) say times: in
 * UTC, saying so, in the portal's one date format (`TEXT_LOCALE`): "15 Dec
 * 2026, 19:00 UTC". The backend does not know the reader's zone, and one notification may reach
 * readers in several; the record's page, which a notification links to,
 * shows the reader's own.
 */
export const UTC_TEXT: DateTimeOptions = { timeZone: 'UTC' };

/** A point in time as the backend writes it: "15 Dec 2026, 19:00 UTC". */
export function utcTime(value: string | Date): string {
  return formatDateTime(value, UTC_TEXT);
}

/**
 * A window as the backend writes it: "15 Dec 2026, 19:00–21:00 UTC";
 * "unscheduled" for none.
 */
export function utcWindow(
  window: { start: string | Date; end: string | Date } | undefined | null,
): string {
  return window
    ? formatTimeRange(window.start, window.end, UTC_TEXT)
    : 'unscheduled';
}
