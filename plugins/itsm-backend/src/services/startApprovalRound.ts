import { isRiskLevel, RiskLevel } from '@backstage-itsm/plugin-itsm-common';
import { EntityLookup } from '../catalog/EntityLookup';
import { StoredRecord } from '../database/RecordStore';
import { deriveApprovalGroups } from '../domain/deriveApprovalGroups';
import { ApprovalRound } from '../domain/planApprovalDecision';
import { ChangeSettings } from '../domain/planChangeIntake';
import { RequestContext } from './RecordService';

/**
 * A new approval round for a change (§5.2.4) or a release (§7.1), with its
 * approvers derived from the catalog and configuration: the owners of the
 * record's entities, the CAB for medium and high risk, the emergency CAB
 * for an emergency change. Each request for approval starts a new round.
 */
export async function startApprovalRound(options: {
  record: StoredRecord;
  /** A change's model; releases are approved as normal changes are. */
  model: string;
  settings: Pick<ChangeSettings, 'cab' | 'emergencyCab' | 'ownerRule'>;
  entities: EntityLookup;
  ctx: RequestContext;
  now: string;
}): Promise<ApprovalRound> {
  const { record, settings, entities, now } = options;
  const credentials = options.ctx.credentials;
  const membersOf = async (setting: ChangeSettings['cab']) =>
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
      requester: record.reportedBy,
    }),
    decisions: [],
    status: 'pending',
  };
}
