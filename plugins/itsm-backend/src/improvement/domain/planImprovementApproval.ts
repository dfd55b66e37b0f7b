import {
  ApprovableRecord,
  approvalGroupLabels,
  approvedContentOf,
  IMPROVEMENT_MANAGERS_SEAT,
} from '@backstage-itsm/plugin-itsm-common';
import { ApprovalRound } from '../../core/domain/planApprovalDecision';

/**
 * The approval round a proposed improvement item waits in (§10.2.2): one
 * group, any one of whose approvers decides: the lead of the owning group
 * (unless the lead proposed or resubmitted it), the improvement management
 * group when configured, and everyone holding `itsm.improvement.manage`
 * (the seat `IMPROVEMENT_MANAGERS_SEAT`). Who proposed or resubmitted the
 * item never decides (`approvalBarOf` refuses them when they try). The
 * round keeps a snapshot of what it covers (`approvedContentOf`): the item
 * as it will be stored with it.
 */
export function planImprovementApproval(options: {
  /** The item as its approvers will see it. */
  item: Omit<ApprovableRecord, 'type'>;
  /** The lead of the owning group, if the owner is a group with one. */
  lead?: string;
  managementGroup?: string;
  /** Who proposed or resubmitted it (segregation of duties). */
  parties: readonly string[];
  /** The round's number: 1 for a new item, one more when resubmitted. */
  round: number;
  now: string;
}): ApprovalRound {
  const { lead, managementGroup, now } = options;
  const approvers: string[] = [];
  const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
  const parties = options.parties.map(lower);
  if (lead && !parties.includes(lower(lead))) approvers.push(lower(lead));
  if (managementGroup) approvers.push(lower(managementGroup));
  approvers.push(IMPROVEMENT_MANAGERS_SEAT);
  return {
    round: options.round,
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
    covers: approvedContentOf({ type: 'improvement', ...options.item }),
  };
}
