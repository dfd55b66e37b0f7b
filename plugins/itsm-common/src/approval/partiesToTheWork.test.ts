import { approvalBarOf, partiesToTheWork } from './partiesToTheWork';

describe('partiesToTheWork and approvalBarOf', () => {
  const change = {
    type: 'change',
    ref: 'CHG-4',
    reportedBy: 'user:default/pat.engineer',
    assignee: 'user:default/Olivia.Ops',
    fields: {
      plan: [
        { title: 'Build', owner: 'user:default/pat.engineer' },
        { title: 'Switch', owner: 'user:default/nina.network' },
        { title: 'Verify', owner: 'group:default/payments-team' },
      ],
    },
  };

  it("names a change's requester and the users who will implement it, once each", () => {
    expect(partiesToTheWork(change)).toEqual([
      { ref: 'user:default/pat.engineer', part: 'requested' },
      { ref: 'user:default/olivia.ops', part: 'implements' },
      { ref: 'user:default/nina.network', part: 'implements' },
    ]);
  });

  it('bars each of them from approving, saying why, and nobody else', () => {
    expect(approvalBarOf(change, 'user:default/pat.engineer')).toBe(
      'You requested CHG-4, so you may not approve or reject it (segregation of duties)',
    );
    expect(approvalBarOf(change, 'user:default/nina.network')).toBe(
      'You will implement CHG-4, so you may not approve or reject it (segregation of duties)',
    );
    expect(approvalBarOf(change, 'user:default/paula.lead')).toBeUndefined();
  });

  it("names a problem solution's proposer but not whoever logged the problem", () => {
    const problem = {
      type: 'problem',
      ref: 'PRB-2',
      reportedBy: 'user:default/sam.agent',
      fields: { solutionPlan: { proposedBy: 'user:default/paula.lead' } },
    };
    expect(approvalBarOf(problem, 'user:default/paula.lead')).toBe(
      'You proposed its solution for PRB-2, so you may not approve or reject it (segregation of duties)',
    );
    expect(approvalBarOf(problem, 'user:default/sam.agent')).toBeUndefined();
  });

  it("names a release's planner and ignores services", () => {
    expect(
      partiesToTheWork({
        type: 'release',
        reportedBy: 'user:default/rita.release',
        assignee: 'service:external:deploy-pipeline',
        fields: {},
      }),
    ).toEqual([{ ref: 'user:default/rita.release', part: 'planned' }]);
  });

  it("names an improvement item's proposer and whoever resubmitted it", () => {
    const item = {
      type: 'improvement',
      ref: 'IMP-3',
      reportedBy: 'user:default/wes.web',
      createdBy: 'user:default/wes.web',
      fields: { resubmittedBy: 'user:default/paula.lead' },
    };
    expect(approvalBarOf(item, 'user:default/paula.lead')).toBe(
      'You resubmitted IMP-3, so you may not approve or reject it (segregation of duties)',
    );
    expect(approvalBarOf(item, 'user:default/wes.web')).toMatch(
      /^You proposed IMP-3/,
    );
    expect(approvalBarOf(item, 'user:default/milo.manager')).toBeUndefined();
  });
});
