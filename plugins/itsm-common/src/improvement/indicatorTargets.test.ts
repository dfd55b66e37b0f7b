import {
  indicatorStatus,
  indicatorTrend,
  missesTarget,
  monthOf,
  monthPeriod,
} from './indicatorTargets';

describe('indicatorStatus', () => {
  const lower = { better: 'lower' as const };
  const higher = { better: 'higher' as const };
  const resolveTarget = { target: 8, warning: 10, critical: 16 };

  it('is met at or better than the warning threshold', () => {
    expect(indicatorStatus(lower, 6, resolveTarget)).toBe('met');
    expect(indicatorStatus(lower, 9, resolveTarget)).toBe('met');
    expect(indicatorStatus(lower, 10, resolveTarget)).toBe('met');
  });

  it('warns past the warning threshold and is critical at the critical one', () => {
    expect(indicatorStatus(lower, 12, resolveTarget)).toBe('warning');
    expect(indicatorStatus(lower, 16, resolveTarget)).toBe('critical');
    expect(indicatorStatus(higher, 85, { target: 95, critical: 80 })).toBe(
      'warning',
    );
    expect(indicatorStatus(higher, 80, { target: 95, critical: 80 })).toBe(
      'critical',
    );
  });

  it('has no status without a target or a figure', () => {
    expect(indicatorStatus(lower, 3, undefined)).toBe('none');
    expect(indicatorStatus(lower, null, resolveTarget)).toBe('none');
  });

  it('counts a miss against the target itself', () => {
    expect(missesTarget(lower, 9, resolveTarget)).toBe(true);
    expect(missesTarget(lower, 8, resolveTarget)).toBe(false);
    expect(missesTarget(higher, 94, { target: 95 })).toBe(true);
  });
});

describe('indicatorTrend', () => {
  it('reads the direction the indicator is better in', () => {
    expect(indicatorTrend({ better: 'lower' }, 5, 7)).toBe('better');
    expect(indicatorTrend({ better: 'higher' }, 5, 7)).toBe('worse');
    expect(indicatorTrend({ better: 'higher' }, 5, 5)).toBe('same');
    expect(indicatorTrend({ better: 'higher' }, 5, null)).toBe('unknown');
  });
});

describe('monthPeriod', () => {
  it('gives the half-open bounds of a month, across a year end', () => {
    expect(monthPeriod('2026-12')).toEqual({
      from: '2026-12-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
    expect(monthOf(new Date('2027-01-15T10:00:00Z'), -1)).toBe('2026-12');
  });

  it('refuses what is not a month', () => {
    expect(() => monthPeriod('2026-13')).toThrow(/YYYY-MM/);
    expect(() => monthPeriod('26-1')).toThrow(/YYYY-MM/);
  });
});
