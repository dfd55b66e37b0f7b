import { deriveApprovalGroups } from './deriveApprovalGroups';

const cab = {
  members: ['user:default/olivia.ops', 'user:default/dan.dba'],
  rule: { kind: 'quorum' as const, count: 2 },
};
const base = {
  model: 'normal',
  risk: 'low' as const,
  owners: ['group:default/payments-team', 'group:default/payments-team'],
  ownerRule: { kind: 'all' as const },
  cab,
  emergencyCab: { members: cab.members, rule: { kind: 'any' as const } },
  excluded: ['user:default/pat.engineer'],
};
const keys = (options: Parameters<typeof deriveApprovalGroups>[0]) =>
  deriveApprovalGroups(options).map(g => [g.key, g.approvers]);

describe('deriveApprovalGroups', () => {
  it('asks the owners alone for a low risk change', () => {
    expect(keys(base)).toEqual([['owners', ['group:default/payments-team']]]);
  });

  it.each(['medium', 'high'] as const)('adds the CAB for %s risk', risk => {
    expect(keys({ ...base, risk })).toEqual([
      ['owners', ['group:default/payments-team']],
      ['cab', cab.members],
    ]);
  });

  it('asks the CAB when no affected entity has an owner', () => {
    expect(keys({ ...base, owners: [] })).toEqual([['cab', cab.members]]);
  });

  it('asks only the emergency CAB for an emergency, whatever the risk', () => {
    expect(deriveApprovalGroups({ ...base, model: 'emergency' })).toEqual([
      {
        key: 'ecab',
        label: 'Emergency CAB',
        rule: { kind: 'any' },
        approvers: cab.members,
      },
    ]);
  });

  it('leaves those who take part in the work out of every list', () => {
    const groups = deriveApprovalGroups({
      ...base,
      risk: 'high',
      owners: ['user:default/Ann.Owner', 'group:default/payments-team'],
      excluded: ['user:default/dan.dba', 'user:default/ann.owner'],
    });
    expect(groups[0].approvers).toEqual(['group:default/payments-team']);
    expect(groups[1].approvers).toEqual(['user:default/olivia.ops']);
  });

  it('refuses when nobody but the requester could approve, naming the setting', () => {
    expect(() =>
      deriveApprovalGroups({
        ...base,
        model: 'emergency',
        excluded: ['user:default/olivia.ops'],
        emergencyCab: {
          ...base.emergencyCab,
          members: ['user:default/olivia.ops'],
        },
      }),
    ).toThrow(/configure itsm.changes.emergencyCab/);
    expect(() =>
      deriveApprovalGroups({ ...base, owners: [], cab: undefined }),
    ).toThrow(/configure itsm.changes.cab/);
  });
});
