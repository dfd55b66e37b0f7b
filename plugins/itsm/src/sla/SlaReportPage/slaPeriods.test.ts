import { formatCompliance, rangeOf } from './slaPeriods';

const now = new Date('2026-03-15T12:00:00.000Z');

describe('rangeOf', () => {
  it.each([
    ['this-month', '2026-03-01T00:00:00.000Z', '2026-03-15T12:00:00.000Z'],
    ['last-month', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    ['30-days', '2026-02-13T12:00:00.000Z', '2026-03-15T12:00:00.000Z'],
    ['12-months', '2025-04-01T00:00:00.000Z', '2026-03-15T12:00:00.000Z'],
  ] as const)('gives %s from %s to %s', (period, from, to) => {
    expect(rangeOf(period, now)).toEqual({ from, to });
  });

  it('reaches back over a year end', () => {
    expect(rangeOf('last-month', new Date('2026-01-10T00:00:00Z'))).toEqual({
      from: '2025-12-01T00:00:00.000Z',
      to: '2026-01-01T00:00:00.000Z',
    });
  });
});

describe('formatCompliance', () => {
  it('shows a dash when nothing is decided', () => {
    expect(formatCompliance(null)).toBe('—');
    expect(formatCompliance(92.5)).toBe('92.5%');
  });
});
