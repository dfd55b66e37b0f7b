import {
  ApprovalGroup,
  ApprovalRule,
  RiskLevel,
  approvalGroupLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';

/** Who approves, for one kind of approval group. */
export type ApproverGroupSetting = { group: string; rule: ApprovalRule };

/** The approvers a process configures: its CABs and the owners' rule. */
export type ApproverSettings = {
  /** Approves medium and high risk work. */
  cab?: ApproverGroupSetting;
  /** Approves emergencies (one member is enough by default). */
  emergencyCab?: ApproverGroupSetting;
  /** How the owners of the affected entities approve. */
  ownerRule: ApprovalRule;
};

/**
 * Who must approve a change (§5.2.4): for an emergency, the emergency CAB;
 * otherwise the owners of the affected entities, and the CAB when the risk
 * is medium or high (or when no entity has an owner). Those who take part
 * in the work (its requester, its implementers) never approve it, so they
 * are left out of every list.
 */
export function deriveApprovalGroups(options: {
  model: string;
  risk: RiskLevel;
  owners: string[];
  ownerRule: ApprovalRule;
  cab?: { members: string[]; rule: ApprovalRule };
  emergencyCab?: { members: string[]; rule: ApprovalRule };
  /** Who takes part in the work (normalised refs): never approvers. */
  excluded: readonly string[];
}): ApprovalGroup[] {
  const { model, risk, ownerRule, excluded } = options;
  const others = (refs: string[]) =>
    [...new Set(refs)].filter(
      ref => !excluded.includes(ref.toLocaleLowerCase('en-US')),
    );
  if (model === 'emergency') {
    const members = others(options.emergencyCab?.members ?? []);
    if (members.length === 0) {
      throw new InputError(
        'No one can approve an emergency change: configure itsm.changes.emergencyCab with a group that has members other than those who requested or implement the change',
      );
    }
    return [
      {
        key: 'ecab',
        label: approvalGroupLabels.ecab,
        rule: options.emergencyCab!.rule,
        approvers: members,
      },
    ];
  }
  const groups: ApprovalGroup[] = [];
  const owners = others(options.owners);
  if (owners.length > 0) {
    groups.push({
      key: 'owners',
      label: approvalGroupLabels.owners,
      rule: ownerRule,
      approvers: owners,
    });
  }
  if (risk !== 'low' || owners.length === 0) {
    const members = others(options.cab?.members ?? []);
    if (members.length > 0) {
      groups.push({
        key: 'cab',
        label: approvalGroupLabels.cab,
        rule: options.cab!.rule,
        approvers: members,
      });
    } else if (owners.length === 0 || options.cab) {
      throw new InputError(
        `No one can approve this ${risk} risk change: configure itsm.changes.cab with a group that has members other than those who requested or implement the change`,
      );
    }
  }
  return groups;
}
