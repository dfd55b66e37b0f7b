import {
  checkRange,
  periodOf,
  summarizeStatistics,
} from './summarizeStatistics';

describe('periodOf', () => {
  it.each([
    ['2026-11-28', 'day', '2026-11-28'],
    ['2026-11-28', 'week', '2026-11-23'], // a Saturday: its ISO week began Monday
    ['2026-11-23', 'week', '2026-11-23'],
    ['2026-11-29', 'week', '2026-11-23'], // Sunday ends the ISO week
    ['2026-11-28', 'month', '2026-11-01'],
  ] as const)('puts %s in the %s starting %s', (day, period, start) => {
    expect(periodOf(day, period)).toBe(start);
  });
});

describe('checkRange', () => {
  it.each([
    ['yesterday', '2026-11-28T00:00:00Z', "from 'yesterday' is not a date"],
    ['2026-11-28T00:00:00Z', '2026-11-01T00:00:00Z', 'to must be after from'],
    ['2024-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'at most 400 days apart'],
  ])('refuses %s to %s', (from, to, message) => {
    expect(() => checkRange(from, to)).toThrow(message);
  });
});

describe('summarizeStatistics', () => {
  const rows = {
    volumes: {
      category: [
        { day: '2026-11-23', key: 'software', count: 2 },
        { day: '2026-11-25', key: 'software', count: 1 },
        { day: '2026-11-30', key: null, count: 1 },
      ],
      priority: [
        { day: '2026-11-23', key: 'P1', count: 2 },
        { day: '2026-11-25', key: 'P3', count: 1 },
        { day: '2026-11-30', key: 'P3', count: 1 },
      ],
      channel: [],
      assignmentGroup: [],
    },
    accepted: { count: 2, seconds: 2 * 3600 + 1800 },
    resolved: { count: 4, seconds: 4 * 36000, firstContact: 1 },
    firstResolved: { count: 5, reopened: 2 },
    ratings: [
      { rating: 5, count: 2 },
      { rating: 2, count: 1 },
    ],
  };

  it('rolls days into weeks, counts what was reported, and works out means and rates', () => {
    const summary = summarizeStatistics(rows, {
      from: '2026-11-23T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      period: 'week',
    });
    expect(summary.periods).toEqual(['2026-11-23', '2026-11-30']);
    expect(summary.reported).toBe(4);
    expect(summary.volumes.category).toEqual([
      { period: '2026-11-23', key: 'software', count: 3 },
      { period: '2026-11-30', key: 'none', count: 1 },
    ]);
    expect(summary.accepted).toEqual({ count: 2, meanHours: 1.25 });
    expect(summary.resolved).toEqual({
      count: 4,
      meanHours: 10,
      firstContactRate: 0.25,
      reopenRate: 0.4,
    });
    expect(summary.satisfaction).toEqual({
      count: 3,
      average: 4,
      distribution: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 2 },
    });
  });

  it('has no means or rates without anything to divide by', () => {
    const summary = summarizeStatistics(
      {
        volumes: {
          category: [],
          priority: [],
          channel: [],
          assignmentGroup: [],
        },
        accepted: { count: 0, seconds: 0 },
        resolved: { count: 0, seconds: 0, firstContact: 0 },
        firstResolved: { count: 0, reopened: 0 },
        ratings: [],
      },
      {
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-03T00:00:00.000Z',
        period: 'day',
      },
    );
    expect(summary.periods).toEqual(['2026-11-01', '2026-11-02']);
    expect(summary.accepted.meanHours).toBeNull();
    expect(summary.resolved.firstContactRate).toBeNull();
    expect(summary.satisfaction.average).toBeNull();
  });
});
