import {
  formatDate,
  formatDateTime,
  formatPeriod,
  formatTime,
  formatTimeRange,
  timeZoneName,
} from './formatDateTime';

const berlin = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
const utc = { locale: 'en-GB', timeZone: 'UTC' };

describe('formatDateTime', () => {
  it('writes a time in the given zone, naming it', () => {
    expect(formatDateTime('2026-12-15T19:00:00.000Z', berlin)).toBe(
      '15 Dec 2026, 20:00 CET',
    );
    expect(formatDateTime(new Date('2026-07-15T19:00:00.000Z'), berlin)).toBe(
      '15 Jul 2026, 21:00 CEST',
    );
    expect(formatDateTime('2026-12-15T19:00:00.000Z', utc)).toBe(
      '15 Dec 2026, 19:00 UTC',
    );
  });

  it('writes one format whatever locale the runtime reports: the portal’s', () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    const spy = jest
      .spyOn(Intl, 'DateTimeFormat')
      .mockImplementation(
        (locale, options) => new RealDateTimeFormat(locale ?? 'en-US', options),
      );
    try {
      expect(
        formatDateTime('2026-12-15T19:00:00.000Z', { timeZone: 'Asia/Tokyo' }),
      ).toBe('16 Dec 2026, 04:00 GMT+9');
      expect(
        formatTimeRange(
          '2026-12-15T19:00:00.000Z',
          '2026-12-15T21:00:00.000Z',
          { timeZone: 'UTC' },
        ),
      ).toBe('15 Dec 2026, 19:00–21:00 UTC');
      expect(formatPeriod('2026-12-07')).toBe('7 Dec 2026');
    } finally {
      spy.mockRestore();
    }
  });

  it('writes the day alone, and the time of day alone', () => {
    expect(formatDate('2026-12-15T23:30:00.000Z', berlin)).toBe('16 Dec 2026');
    expect(formatTime('2026-12-15T19:05:00.000Z', berlin)).toBe('20:05');
  });

  it('writes a window with its day once when it ends the same day', () => {
    expect(
      formatTimeRange(
        '2026-12-15T19:00:00.000Z',
        '2026-12-15T21:00:00.000Z',
        utc,
      ),
    ).toBe('15 Dec 2026, 19:00–21:00 UTC');
    expect(
      formatTimeRange(
        '2026-12-15T23:00:00.000Z',
        '2026-12-16T01:00:00.000Z',
        utc,
      ),
    ).toBe('15 Dec 2026, 23:00 UTC – 16 Dec 2026, 01:00 UTC');
  });

  it('names the zone', () => {
    expect(timeZoneName(berlin, '2026-12-15T19:00:00.000Z')).toBe('CET');
  });

  it('names the periods reports count by', () => {
    const gb = { locale: 'en-GB' };
    expect(formatPeriod('2026-12-07', gb)).toBe('7 Dec 2026');
    expect(formatPeriod('2026-12', gb)).toBe('Dec 2026');
    expect(formatPeriod('2026-12-07', { ...gb, short: true })).toBe('7 Dec');
    expect(formatPeriod('2026-12', { ...gb, short: true })).toBe('Dec 26');
    expect(formatPeriod('<=25%', gb)).toBe('<=25%');
  });

  it('returns what is not a time as it is', () => {
    expect(formatDateTime('soon', utc)).toBe('soon');
  });
});
