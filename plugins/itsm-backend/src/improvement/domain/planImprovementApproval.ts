import {
  approvalGroupLabels,
  IMPROVEMENT_MANAGERS_SEAT,
} from '@backstage-itsm/plugin-itsm-common';
import { ApprovalRound } from '../../core/domain/planApprovalDecision';

/**
 * The approval round a proposed improvement item waits in (§10.2.2): one
 * group, any one of whose approvers decides: the lead of the owning group
 * (unless the lead proposed it), the improvement management group when
 * configured, and everyone holding `itsm.improvement.manage` (the seat
 * `IMPROVEMENT_MANAGERS_SEAT`). Who proposed the item never decides
 * (`approvalBarOf` refuses them when they try).
 */
export function planImprovementApproval(options: {
  /** The lead of the owning group, if the owner is a group with one. */
  lead?: string;
  managementGroup?: string;
  proposer: string;
  now: string;
}): ApprovalRound {
  const { lead, managementGroup, proposer, now } = options;
  const approvers: string[] = [];
  const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
  if (lead && lower(lead) !== lower(proposer)) approvers.push(lower(lead));
  if (managementGroup) approvers.push(lower(managementGroup));
  approvers.push(IMPROVEMENT_MANAGERS_SEAT);
  return {
    round: 1,
    requestedAt: now,
    groups: [
      {
        key: 'improvement-approvers',
        label: approvalGroupLabels['improvement-approvers'],
        rule: { kind: 'any' },
        approvers,
      },
    ],
    decisions: [],
    status: 'pending',
  };
}
