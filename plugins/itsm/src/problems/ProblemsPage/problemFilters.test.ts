import { defaultProblemFilters, problemListOptions } from './problemFilters';

describe('problemListOptions', () => {
  it('lists the open problems, most urgent first, by default', () => {
    expect(problemListOptions(defaultProblemFilters)).toEqual({
      state: ['new', 'investigating', 'awaiting_approval', 'fix_in_progress'],
      priority: undefined,
      category: undefined,
      assignmentGroup: undefined,
      q: undefined,
      sort: 'priority',
      limit: 100,
    });
  });

  it("narrows by entity and group; the user's groups win over a chosen one", () => {
    const filters = {
      ...defaultProblemFilters,
      view: 'finished' as const,
      entityRef: 'system:default/payments',
      group: 'group:default/payments-team',
      q: '  PRB-3 ',
      sort: 'updated' as const,
    };
    expect(problemListOptions(filters)).toMatchObject({
      state: ['closed', 'cancelled'],
      entityRef: 'system:default/payments',
      assignmentGroup: ['group:default/payments-team'],
      q: 'PRB-3',
      sort: 'updated',
    });
    expect(
      problemListOptions({ ...filters, mine: true }).assignmentGroup,
    ).toEqual(['mine']);
  });
});
