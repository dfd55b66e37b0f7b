import { formatWindow } from './formatWindow';

describe('formatWindow', () => {
  it('names the end date only when it differs from the start', () => {
    const sameDay = formatWindow(
      { start: '2026-12-02T20:00:00', end: '2026-12-02T22:00:00' },
      'en-GB',
    );
    expect(sameDay).toBe('2 Dec 2026, 20:00 – 22:00');
    const overnight = formatWindow(
      { start: '2026-12-02T23:00:00', end: '2026-12-03T01:30:00' },
      'en-GB',
    );
    expect(overnight).toBe('2 Dec 2026, 23:00 – 3 Dec 2026, 01:30');
    expect(formatWindow(undefined)).toBe('—');
  });
});
