import { ImprovementPlanItem } from '@backstage-itsm/plugin-itsm-common';
import { planImprovementPlan } from './planImprovementPlan';

const item = (ref: string, dueDate?: string): ImprovementPlanItem => ({
  id: ref,
  ref,
  title: ref,
  state: 'approved',
  source: 'manual',
  ...(dueDate ? { dueDate } : {}),
});

describe('planImprovementPlan', () => {
  it('puts the items due in the year in the quarter of their due date, earliest first', () => {
    const plan = planImprovementPlan(2027, [
      item('IMP-5', '2027-03-31'),
      item('IMP-2', '2027-01-01'),
      item('IMP-9', '2027-04-01'),
      item('IMP-3', '2027-12-31'),
      item('IMP-4', '2026-12-31'),
      item('IMP-7'),
    ]);
    expect(plan.quarters.map(q => [q.label, q.items.map(i => i.ref)])).toEqual([
      ['Q1 2027', ['IMP-2', 'IMP-5']],
      ['Q2 2027', ['IMP-9']],
      ['Q3 2027', []],
      ['Q4 2027', ['IMP-3']],
    ]);
    expect(plan.undated.map(i => i.ref)).toEqual(['IMP-7']);
  });
});
