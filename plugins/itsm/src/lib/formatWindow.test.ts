import { formatWindow } from './formatWindow';

describe('formatWindow', () => {
  it('names the zone, and the end date only when it differs from the start', () => {
    const berlin = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
    const sameDay = formatWindow(
      { start: '2026-12-02T19:00:00Z', end: '2026-12-02T21:00:00Z' },
      berlin,
    );
    expect(sameDay).toBe('2 Dec 2026, 20:00–22:00 CET');
    const overnight = formatWindow(
      { start: '2026-12-02T22:00:00Z', end: '2026-12-03T00:30:00Z' },
      berlin,
    );
    expect(overnight).toBe('2 Dec 2026, 23:00 CET – 3 Dec 2026, 01:30 CET');
    expect(formatWindow(undefined)).toBe('—');
  });
});
