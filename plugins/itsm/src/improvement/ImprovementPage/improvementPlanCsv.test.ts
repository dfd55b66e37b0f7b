import { improvementPlanCsv } from './ImprovementPlanTab';

describe('improvementPlanCsv', () => {
  it('writes a row per item with its quarter, owners by name, formulas neutralised', () => {
    const csv = improvementPlanCsv(
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
                title: '=HYPERLINK("x")',
                state: 'approved',
                owner: 'group:default/payments-team',
                dueDate: '2027-02-15',
                source: 'problem',
                sourceRef: 'PRB-3',
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
        undated: [
          {
            id: '2',
            ref: 'IMP-2',
            title: 'Shorter survey',
            state: 'in_progress',
            source: 'manual',
          },
        ],
      },
      ref => (ref === 'group:default/payments-team' ? 'Payments' : ref),
    );
    expect(csv.split('\n')).toEqual([
      'Quarter,Ref,Title,State,Owner,Due,Indicator,Baseline,Target,Source,Source ref',
      `Q1 2027,IMP-1,"'=HYPERLINK(""x"")",Approved,Payments,2027-02-15,Escalation rate,42,20,Problem,PRB-3`,
      'No due date,IMP-2,Shorter survey,In progress,,,,,,Raised by hand,',
      '',
    ]);
  });
});
