import { emptyImpactAnalysis, planImpactAnalysis } from './planImpactAnalysis';

const blank = emptyImpactAnalysis([60, 240, 1440]);

describe('planImpactAnalysis', () => {
  it('derives the MTPD from the grid and records what changed', () => {
    const { fields, changes } = planImpactAnalysis(blank, {
      businessProcesses: [' Card payments ', 'card payments', 'Refunds'],
      impacts: [
        { category: 'financial', afterMinutes: 60, rating: 2 },
        { category: 'customers', afterMinutes: 240, rating: 4 },
      ],
      rtoMinutes: 120,
      rpoMinutes: 15,
    });
    expect(fields).toMatchObject({
      businessProcesses: ['Card payments', 'Refunds'],
      mtpdMinutes: 240,
      rtoMinutes: 120,
      rpoMinutes: 15,
    });
    expect(changes.map(c => c.field)).toEqual([
      'businessProcesses',
      'impacts',
      'rtoMinutes',
      'rpoMinutes',
      'mtpdMinutes',
    ]);
  });

  it('refuses an RTO above the MTPD, naming rtoMinutes, whichever changed', () => {
    expect(() =>
      planImpactAnalysis(blank, {
        impacts: [{ category: 'legal', afterMinutes: 240, rating: 5 }],
        rtoMinutes: 480,
      }),
    ).toThrow(/^rtoMinutes \(8 h\) must not exceed the MTPD .* \(4 h\)/);
    const { fields } = planImpactAnalysis(blank, { rtoMinutes: 1440 });
    expect(() =>
      planImpactAnalysis(fields, {
        impacts: [{ category: 'operations', afterMinutes: 60, rating: 4 }],
      }),
    ).toThrow(/^rtoMinutes/);
  });

  it('names the bad cell of the grid', () => {
    expect(() =>
      planImpactAnalysis(blank, {
        impacts: [{ category: 'financial', afterMinutes: 30, rating: 2 }],
      }),
    ).toThrow(
      'impacts[0].afterMinutes must be one of the rated points 60, 240, 1440',
    );
    expect(() =>
      planImpactAnalysis(blank, {
        impacts: [
          { category: 'financial', afterMinutes: 60, rating: 2 },
          { category: 'financial', afterMinutes: 60, rating: 3 },
        ],
      }),
    ).toThrow('impacts[1]: financial after 1 h is rated twice');
    expect(() =>
      planImpactAnalysis(blank, { businessProcesses: ['ok', ' '] }),
    ).toThrow('businessProcesses[1] must not be blank');
  });
});
