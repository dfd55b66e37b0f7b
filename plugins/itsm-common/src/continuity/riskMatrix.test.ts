import {
  annualLossExpectancy,
  checkRiskMatrix,
  compareRisks,
  defaultRiskMatrix,
  riskLevelOf,
} from './riskMatrix';

describe('riskLevelOf', () => {
  it('reads the level from the default matrix by likelihood and impact', () => {
    expect(riskLevelOf(1, 1)).toBe('low');
    expect(riskLevelOf(1, 5)).toBe('medium');
    expect(riskLevelOf(3, 4)).toBe('high');
    expect(riskLevelOf(4, 4)).toBe('critical');
    expect(riskLevelOf(5, 1)).toBe('medium');
  });

  it('follows a configured matrix', () => {
    const allLowButOne = defaultRiskMatrix.map(row => row.map(() => 'low'));
    allLowButOne[1][2] = 'critical';
    const matrix = checkRiskMatrix(allLowButOne, 'm');
    expect(riskLevelOf(2, 3, matrix)).toBe('critical');
    expect(riskLevelOf(5, 5, matrix)).toBe('low');
  });

  it('has no level while a rating is missing or off the scale', () => {
    expect(riskLevelOf(undefined, 3)).toBeUndefined();
    expect(riskLevelOf(3, 0)).toBeUndefined();
    expect(riskLevelOf(2.5, 3)).toBeUndefined();
  });
});

describe('checkRiskMatrix', () => {
  it('names the setting and the bad cell', () => {
    expect(() => checkRiskMatrix([[]], 'itsm.continuity.riskMatrix')).toThrow(
      /itsm\.continuity\.riskMatrix must be five rows/,
    );
    const bad = defaultRiskMatrix.map(row => [...row]) as string[][];
    bad[2][4] = 'severe';
    expect(() => checkRiskMatrix(bad, 'm')).toThrow(
      "m[2][4] must be one of low, medium, high, critical, not 'severe'",
    );
  });
});

describe('annualLossExpectancy', () => {
  it('multiplies the single loss by the yearly rate, to the cent', () => {
    expect(annualLossExpectancy(120_000, 0.25)).toBe(30_000);
    expect(annualLossExpectancy(10, 1 / 3)).toBe(3.33);
    expect(annualLossExpectancy(10, undefined)).toBeUndefined();
  });
});

describe('compareRisks', () => {
  it('ranks by level, then loss expectancy, then likelihood × impact, unrated last', () => {
    const risks = [
      { ref: 'RSK-1' },
      { ref: 'RSK-2', level: 'high' as const, likelihood: 3, impact: 4 },
      {
        ref: 'RSK-3',
        level: 'high' as const,
        likelihood: 2,
        impact: 5,
        annualLossExpectancy: 500,
      },
      { ref: 'RSK-4', level: 'critical' as const, likelihood: 4, impact: 4 },
      { ref: 'RSK-5', level: 'high' as const, likelihood: 4, impact: 3 },
      { ref: 'RSK-6', level: 'high' as const, likelihood: 5, impact: 3 },
    ];
    expect(risks.sort(compareRisks).map(r => r.ref)).toEqual([
      'RSK-4',
      'RSK-3',
      'RSK-6',
      'RSK-2',
      'RSK-5',
      'RSK-1',
    ]);
  });
});
