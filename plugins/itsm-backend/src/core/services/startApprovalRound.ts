import {
  approvedContentOf,
  isRiskLevel,
  partiesToTheWork,
  RiskLevel,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityLookup } from '../catalog/EntityLookup';
import { StoredRecord } from '../database/RecordStore';
import {
  ApproverSettings,
  deriveApprovalGroups,
} from '../domain/deriveApprovalGroups';
import { ApprovalRound } from '../domain/planApprovalDecision';
import { RequestContext } from './RecordService';

/**
 * A new approval round for a change (§5.2.4) or a release (§7.1), with its
 * approvers derived from the catalog and configuration: the owners of the
 * record's entities, the CAB for medium and high risk, the emergency CAB
 * for an emergency change, less everyone who takes part in the work
 * (`partiesToTheWork`). Each request for approval starts a new round,
 * which keeps a snapshot of what it covers.
 */
export async function startApprovalRound(options: {
  /** The record as the approvers will see it (with this write's fields). */
  record: StoredRecord;
  /** A change's model; releases are approved as normal changes are. */
  model: string;
  settings: ApproverSettings;
  entities: EntityLookup;
  ctx: RequestContext;
  now: string;
}): Promise<ApprovalRound> {
  const { record, settings, entities, now } = options;
  const credentials = options.ctx.credentials;
  const membersOf = async (setting: ApproverSettings['cab']) =>
    setting && {
      members: await entities.groupMembers(setting.group, { credentials }),
      rule: setting.rule,
    };
  const risk = (record.fields.risk as { level?: string } | undefined)?.level;
  const owners = await entities.owners(record.entityRefs, { credentials });
  const previous = record.fields.approval as ApprovalRound | undefined;
  return {
    round: (previous?.round ?? 0) + 1,
    requestedAt: now,
    groups: deriveApprovalGroups({
      model: options.model,
      risk: (isRiskLevel(risk) ? risk : 'high') as RiskLevel,
      owners: owners.map(o => o.ownerRef),
      ownerRule: settings.ownerRule,
      cab: await membersOf(settings.cab),
      emergencyCab: await membersOf(settings.emergencyCab),
      excluded: partiesToTheWork(record).map(p => p.ref),
    }),
    decisions: [],
    status: 'pending',
    covers: approvedContentOf(record),
  };
}

/**
 * The round of a standard change (§5.2.1), approved in advance by the
 * configuration's catalog of standard changes: no approvers, and the
 * snapshot of the change as it was submitted.
 */
export function preApprovedRound(
  record: StoredRecord,
  template: string,
  now: string,
): ApprovalRound {
  const previous = record.fields.approval as ApprovalRound | undefined;
  return {
    round: (previous?.round ?? 0) + 1,
    requestedAt: now,
    groups: [],
    decisions: [],
    status: 'approved',
    covers: approvedContentOf(record),
    preApproved: { template },
  };
}
