import { dayPeriodOf, sampleSurvey, surveyClaimKey } from './sampleSurvey';

describe('sampleSurvey', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `incident-${i}`);

  it('decides the same for the same survey and key, every time', () => {
    const first = keys.map(k => sampleSurvey('closure', k, 0.3));
    expect(keys.map(k => sampleSurvey('closure', k, 0.3))).toEqual(first);
  });

  it('asks about the configured share, all at 1 and none at 0', () => {
    const share = keys.filter(k => sampleSurvey('closure', k, 0.3)).length;
    expect(share / keys.length).toBeGreaterThan(0.27);
    expect(share / keys.length).toBeLessThan(0.33);
    expect(keys.every(k => sampleSurvey('closure', k, 1))).toBe(true);
    expect(keys.some(k => sampleSurvey('closure', k, 0))).toBe(false);
  });

  it('keeps the sample of a lower rate inside that of a higher one', () => {
    expect(
      keys.filter(
        k =>
          sampleSurvey('closure', k, 0.2) && !sampleSurvey('closure', k, 0.5),
      ),
    ).toEqual([]);
  });

  it('samples each survey on its own', () => {
    const a = keys.filter(k => sampleSurvey('a', k, 0.5));
    const b = keys.filter(k => sampleSurvey('b', k, 0.5));
    expect(a).not.toEqual(b);
  });
});

describe('surveyClaimKey', () => {
  it('is one per person and period of days', () => {
    const key = (time: string) =>
      surveyClaimKey({
        surveyId: 's',
        recipient: 'user:default/wes',
        period: dayPeriodOf(time, 30),
      });
    expect(key('2026-12-07T10:00:00Z')).toBe(key('2026-12-07T23:00:00Z'));
    expect(dayPeriodOf('2026-12-07T10:00:00Z', 1)).not.toBe(
      dayPeriodOf('2026-12-08T10:00:00Z', 1),
    );
  });
});
