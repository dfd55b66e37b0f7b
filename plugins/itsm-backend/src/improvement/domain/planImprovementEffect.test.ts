import {
  improvementEvaluationPeriod,
  judgeImprovementEffect,
} from './planImprovementEffect';

describe('improvementEvaluationPeriod', () => {
  it('runs from the month work started for the configured months', () => {
    expect(
      improvementEvaluationPeriod({
        startedAt: '2026-07-14T09:30:00Z',
        months: 3,
        now: new Date('2026-12-07T00:00:00Z'),
      }),
    ).toEqual({
      from: '2026-07-01T00:00:00.000Z',
      to: '2026-10-01T00:00:00.000Z',
      months: ['2026-07', '2026-08', '2026-09'],
    });
  });

  it('ends now while the period runs, across a year', () => {
    expect(
      improvementEvaluationPeriod({
        startedAt: '2026-11-20T00:00:00Z',
        months: 3,
        now: new Date('2027-01-05T12:00:00Z'),
      }),
    ).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2027-01-05T12:00:00.000Z',
      months: ['2026-11', '2026-12', '2027-01'],
    });
  });
});

describe('judgeImprovementEffect', () => {
  const lower = { better: 'lower' as const };
  const higher = { better: 'higher' as const };

  it('reaches a target at or better than it, for the direction', () => {
    expect(
      judgeImprovementEffect({
        definition: lower,
        value: 20,
        baseline: 42,
        target: 20,
      }),
    ).toEqual({ reachedTarget: true, trend: 'better' });
    expect(
      judgeImprovementEffect({
        definition: higher,
        value: 80,
        baseline: 85,
        target: 90,
      }),
    ).toEqual({ reachedTarget: false, trend: 'worse' });
  });

  it('says nothing it cannot know', () => {
    expect(
      judgeImprovementEffect({ definition: lower, value: null, baseline: 3 }),
    ).toEqual({ reachedTarget: null, trend: 'unknown' });
    expect(
      judgeImprovementEffect({ definition: lower, value: 3, baseline: 3 }),
    ).toEqual({ reachedTarget: null, trend: 'same' });
  });
});
