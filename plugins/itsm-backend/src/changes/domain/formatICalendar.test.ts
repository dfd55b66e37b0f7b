import {
  escapeICalendarText,
  foldICalendarLine,
  formatICalendar,
  formatICalendarTime,
} from './formatICalendar';

describe('formatICalendar', () => {
  it('writes a VCALENDAR of VEVENTs with CRLF line ends, UTC times and one DTSTAMP', () => {
    const ics = formatICalendar({
      name: 'Change calendar',
      now: '2026-11-28T15:00:00.123Z',
      events: [
        {
          uid: 'CHG-1@backstage-itsm',
          start: '2026-12-02T20:00:00.000Z',
          end: '2026-12-02T22:00:00.000Z',
          summary: 'CHG-1 Upgrade checkout (Scheduled)',
          description: 'State: Scheduled\nEntities: a, b',
          url: 'http://portal/itsm/changes/CHG-1',
          categories: ['Change'],
          status: 'CONFIRMED',
        },
      ],
    });
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//backstage-itsm//change calendar//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Change calendar',
      'X-PUBLISHED-TTL:PT1H',
      'BEGIN:VEVENT',
      'UID:CHG-1@backstage-itsm',
      'DTSTAMP:20261128T150000Z',
      'DTSTART:20261202T200000Z',
      'DTEND:20261202T220000Z',
      'SUMMARY:CHG-1 Upgrade checkout (Scheduled)',
      'DESCRIPTION:State: Scheduled\\nEntities: a\\, b',
      'URL:http://portal/itsm/changes/CHG-1',
      'CATEGORIES:Change',
      'STATUS:CONFIRMED',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('writes times in UTC whatever offset they were given in', () => {
    expect(formatICalendarTime('2026-12-02T21:30:00+01:00')).toBe(
      '20261202T203000Z',
    );
  });

  it('escapes the characters TEXT values reserve', () => {
    expect(escapeICalendarText('a\\b;c,d\r\ne\nf')).toBe(
      'a\\\\b\\;c\\,d\\ne\\nf',
    );
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'ä'.repeat(60)}`;
    const folded = foldICalendarLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(parts.slice(1).every(p => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldICalendarLine('SUMMARY:short')).toBe('SUMMARY:short');
  });
});
