import { kpiQueryOf, kpiSearch, seriesWindow } from './kpiQuery';

describe('kpiQuery', () => {
  it('reads a month and a scope from the query string, ignoring a bad month', () => {
    expect(
      kpiQueryOf(new URLSearchParams('period=2026-11&group=group:default/a')),
    ).toEqual({ period: '2026-11', group: 'group:default/a' });
    expect(kpiQueryOf(new URLSearchParams('period=2026-13'))).toEqual({
      period: undefined,
    });
    expect(
      kpiSearch({ period: '2026-11', service: 'component:default/x' }),
    ).toBe('?period=2026-11&service=component%3Adefault%2Fx');
    expect(kpiSearch({})).toBe('');
  });

  it('asks for the months up to a past month and keeps those ending at it', () => {
    const now = seriesWindow(undefined, 6, '2026-12');
    expect(now.months).toBe(6);
    const past = seriesWindow('2026-09', 6, '2026-12');
    expect(past.months).toBe(9);
    const points = [
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ].map(period => ({ period }));
    expect(past.pick(points).map(p => p.period)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    // Never more than the contract allows.
    expect(seriesWindow('2023-01', 12, '2026-12').months).toBe(36);
  });
});
