import { improvementPlanMarkdown, quarterOf } from './improvementPlan';

describe('quarterOf', () => {
  it('says the quarter of a date', () => {
    expect(quarterOf('2027-03-31')).toEqual({ year: 2027, quarter: 1 });
    expect(quarterOf('2027-04-01')).toEqual({ year: 2027, quarter: 2 });
    expect(quarterOf('2027-12-31')).toEqual({ year: 2027, quarter: 4 });
  });
});

describe('improvementPlanMarkdown', () => {
  it('writes a table a quarter, with owners by name and pipes escaped', () => {
    const text = improvementPlanMarkdown(
      {
        year: 2027,
        quarters: [
          {
            quarter: 1,
            label: 'Q1 2027',
            items: [
              {
                id: '1',
                ref: 'IMP-1',
                title: 'Runbook | checkout',
                state: 'in_progress',
                owner: 'group:default/payments-team',
                dueDate: '2027-02-15',
                source: 'post-incident-review',
                sourceRef: 'INC-12',
                indicatorId: 'incident-escalation-rate',
                baseline: 42,
                target: 20,
              },
            ],
          },
          { quarter: 2, label: 'Q2 2027', items: [] },
          { quarter: 3, label: 'Q3 2027', items: [] },
          { quarter: 4, label: 'Q4 2027', items: [] },
        ],
        undated: [],
      },
      ref => (ref === 'group:default/payments-team' ? 'Payments' : ref),
    );
    expect(text).toContain('# Continual improvement plan 2027');
    expect(text).toContain(
      '| IMP-1 | Runbook \\| checkout | In progress | Payments | 2027-02-15 | Escalation rate | 42 → 20 | Post-incident review (INC-12) |',
    );
    expect(text).toContain('## Q2 2027\n\nNo improvement items due.');
  });
});
