import {
  ApprovalDecision,
  ApprovalGroup,
  approverSeats,
  evaluateApprovals,
} from './evaluateApprovals';

const owners: ApprovalGroup = {
  key: 'owners',
  label: 'Owners',
  rule: { kind: 'all' },
  approvers: ['group:default/payments-team', 'group:default/dba-team'],
};
const cab: ApprovalGroup = {
  key: 'cab',
  label: 'CAB',
  rule: { kind: 'quorum', count: 2 },
  approvers: [
    'user:default/olivia.ops',
    'user:default/nina.network',
    'user:default/dan.dba',
  ],
};
const ecab: ApprovalGroup = { ...cab, key: 'ecab', rule: { kind: 'any' } };

let at = 0;
function decide(
  group: string,
  approver: string,
  decision: 'approve' | 'reject' = 'approve',
): ApprovalDecision {
  at += 1;
  return {
    group,
    approver,
    decidedBy: approver.startsWith('user:') ? approver : 'user:default/someone',
    decision,
    decidedAt: new Date(at * 1000).toISOString(),
  };
}

describe('evaluateApprovals', () => {
  it('needs every approver under "all"', () => {
    const one = [decide('owners', owners.approvers[0])];
    expect(evaluateApprovals([owners], one).status).toBe('pending');
    const both = [...one, decide('owners', owners.approvers[1])];
    expect(evaluateApprovals([owners], both)).toEqual({
      status: 'approved',
      groups: [{ key: 'owners', approved: 2, needed: 2, status: 'approved' }],
    });
  });

  it('needs one approver under "any"', () => {
    expect(evaluateApprovals([ecab], []).status).toBe('pending');
    expect(
      evaluateApprovals([ecab], [decide('ecab', 'user:default/dan.dba')])
        .status,
    ).toBe('approved');
  });

  it('needs the quorum, counting each approver once', () => {
    const olivia = 'user:default/olivia.ops';
    const twice = [decide('cab', olivia), decide('cab', olivia)];
    expect(evaluateApprovals([cab], twice).groups[0]).toMatchObject({
      approved: 1,
      needed: 2,
      status: 'pending',
    });
    expect(
      evaluateApprovals(
        [cab],
        [...twice, decide('cab', 'user:default/dan.dba')],
      ).status,
    ).toBe('approved');
  });

  it('is rejected by one rejection, whatever else was approved', () => {
    const decisions = [
      decide('owners', owners.approvers[0]),
      decide('owners', owners.approvers[1]),
      decide('cab', 'user:default/olivia.ops'),
      decide('cab', 'user:default/nina.network', 'reject'),
      decide('cab', 'user:default/dan.dba'),
    ];
    const outcome = evaluateApprovals([owners, cab], decisions);
    expect(outcome.status).toBe('rejected');
    expect(outcome.groups.map(g => g.status)).toEqual(['approved', 'rejected']);
  });

  it('waits for every group', () => {
    const decisions = [
      decide('owners', owners.approvers[0]),
      decide('owners', owners.approvers[1]),
    ];
    expect(evaluateApprovals([owners, cab], decisions).status).toBe('pending');
  });

  it('ignores decisions for approvers the group does not list', () => {
    const stranger = decide('ecab', 'user:default/pat.engineer');
    expect(evaluateApprovals([ecab], [stranger]).status).toBe('pending');
  });

  it('caps a quorum larger than the group at its size', () => {
    const small = { ...cab, rule: { kind: 'quorum' as const, count: 5 } };
    const all = small.approvers.map(a => decide('cab', a));
    expect(evaluateApprovals([small], all).status).toBe('approved');
  });
});

describe('approverSeats', () => {
  it('seats a user for themself and for the groups they belong to', () => {
    expect(
      approverSeats(owners, 'user:default/pat.engineer', [
        'user:default/pat.engineer',
        'group:default/payments-team',
      ]),
    ).toEqual(['group:default/payments-team']);
    expect(approverSeats(cab, 'user:default/dan.dba', [])).toEqual([
      'user:default/dan.dba',
    ]);
    expect(approverSeats(cab, 'user:default/pat.engineer', [])).toEqual([]);
  });
});
