/**
 * How many of an approval group's approvers must agree.
 *
 * @public
 */
export type ApprovalRule =
  | { kind: 'all' }
  | { kind: 'any' }
  | { kind: 'quorum'; count: number };

/**
 * Who must approve, and by which rule: e.g. the owners of the affected
 * entities (each owner, all), or the CAB (a quorum of its members).
 * Approvers are entity refs: a user decides for themself, any member of a
 * group for the group.
 *
 * @public
 */
export type ApprovalGroup = {
  key: string;
  label: string;
  rule: ApprovalRule;
  approvers: string[];
};

/**
 * What the approval groups the portal forms are called, by key: the
 * owners of the affected entities, the CAB and the emergency CAB of a
 * change or release, a problem solution's approvers or its group's lead.
 *
 * @public
 */
export const approvalGroupLabels: Record<string, string> = {
  owners: 'Owners of the affected entities',
  cab: 'Change Advisory Board',
  ecab: 'Emergency CAB',
  approvers: 'Problem approvers',
  lead: "Lead of the problem's group",
  'plan-owners': "The plan's owners",
  'continuity-managers': 'Continuity managers',
  'improvement-approvers': "The owning group's lead or an improvement manager",
};

/**
 * An approver's decision, as a sentence says it ("approved").
 *
 * @public
 */
export const approvalDecisionLabels = {
  approve: 'approved',
  reject: 'rejected',
} as const;

/**
 * Where an approval (or one of its groups) stands.
 *
 * @public
 */
export const approvalStatusLabels = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
} as const;

/**
 * One approver's decision, in one group.
 *
 * @public
 */
export type ApprovalDecision = {
  group: string;
  /** The approver (of the group's list) decided for. */
  approver: string;
  /** The user who decided. */
  decidedBy: string;
  decision: 'approve' | 'reject';
  comment?: string;
  decidedAt: string;
};

/** @public */
export type ApprovalGroupStatus = {
  key: string;
  approved: number;
  /** How many approvals the group needs. */
  needed: number;
  status: 'pending' | 'approved' | 'rejected';
};

/** @public */
export type ApprovalOutcome = {
  status: 'pending' | 'approved' | 'rejected';
  groups: ApprovalGroupStatus[];
};

/**
 * How many approvers of the group must approve under its rule.
 *
 * @public
 */
export function approvalsNeeded(group: ApprovalGroup): number {
  const size = group.approvers.length;
  switch (group.rule.kind) {
    case 'all':
      return size;
    case 'any':
      return Math.min(1, size);
    case 'quorum':
      return Math.min(group.rule.count, size);
    default:
      return size;
  }
}

/**
 * Where an approval stands: rejected as soon as anyone rejects, approved
 * when every group has the approvals its rule needs, pending otherwise.
 * Each approver counts once per group.
 *
 * @public
 */
export function evaluateApprovals(
  groups: readonly ApprovalGroup[],
  decisions: readonly ApprovalDecision[],
): ApprovalOutcome {
  const statuses = groups.map((group): ApprovalGroupStatus => {
    const mine = decisions.filter(
      d => d.group === group.key && group.approvers.includes(d.approver),
    );
    const approvers = new Set(
      mine.filter(d => d.decision === 'approve').map(d => d.approver),
    );
    const needed = approvalsNeeded(group);
    let status: ApprovalGroupStatus['status'] = 'pending';
    if (mine.some(d => d.decision === 'reject')) status = 'rejected';
    else if (approvers.size >= needed) status = 'approved';
    return { key: group.key, approved: approvers.size, needed, status };
  });
  let status: ApprovalOutcome['status'] = 'pending';
  if (statuses.some(s => s.status === 'rejected')) status = 'rejected';
  else if (statuses.every(s => s.status === 'approved')) status = 'approved';
  return { status, groups: statuses };
}

/**
 * The approvers of the group the user may decide for: themself, or a group
 * they belong to (`claims` are the user's ownership refs).
 *
 * @public
 */
export function approverSeats(
  group: ApprovalGroup,
  userRef: string,
  claims: readonly string[],
): string[] {
  return group.approvers.filter(a => a === userRef || claims.includes(a));
}
