/** One event of an iCalendar feed (RFC 5545), in UTC. */
export type ICalendarEvent = {
  /** Stable across feeds, so that a calendar app updates, not duplicates. */
  uid: string;
  start: string;
  end: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
};

const CRLF = '\r\n';

/** `20261202T210000Z`: a UTC date-time as iCalendar writes it. */
export function formatICalendarTime(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Escapes a TEXT value: backslashes, semicolons, commas and newlines. */
export function escapeICalendarText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets, continuation lines
 * starting with a space, never inside a UTF-8 character.
 */
export function foldICalendarLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** An iCalendar (.ics) document of the events, for calendar apps. */
export function formatICalendar(calendar: {
  name: string;
  events: ICalendarEvent[];
  /** When the document is made (each event's DTSTAMP). */
  now: string;
}): string {
  const stamp = formatICalendarTime(calendar.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//backstage-itsm//change calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeICalendarText(calendar.name)}`,
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${formatICalendarTime(event.start)}`,
      `DTEND:${formatICalendarTime(event.end)}`,
      `SUMMARY:${escapeICalendarText(event.summary)}`,
    );
    if (event.description) {
      lines.push(`DESCRIPTION:${escapeICalendarText(event.description)}`);
    }
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.categories?.length) {
      lines.push(
        `CATEGORIES:${event.categories.map(escapeICalendarText).join(',')}`,
      );
    }
    if (event.status) lines.push(`STATUS:${event.status}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldICalendarLine).join(CRLF) + CRLF;
}
