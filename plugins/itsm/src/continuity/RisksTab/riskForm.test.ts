import { assessmentOf, newRiskOf } from './riskForm';

describe('riskForm', () => {
  it('sends ratings and amounts as numbers and leaves empty fields out of a new risk', () => {
    expect(
      newRiskOf({
        title: ' Flood ',
        area: 'external',
        entityRef: 'system:default/payments',
        likelihood: '2',
        impact: '5',
        singleLossExpectancy: '120,000',
        annualRateOfOccurrence: '0.1',
        treatment: '',
      }),
    ).toEqual({
      title: 'Flood',
      description: '',
      entityRefs: ['system:default/payments'],
      area: 'external',
      likelihood: 2,
      impact: 5,
      singleLossExpectancy: 120000,
      annualRateOfOccurrence: 0.1,
    });
  });

  it('clears an emptied field on an edit', () => {
    expect(
      assessmentOf({ likelihood: '4', reviewDate: '' }, true),
    ).toMatchObject({ likelihood: 4, reviewDate: null, treatment: null });
  });
});
