import {
  approvalGroupLabels,
  ApprovalGroup,
  ContinuityPlanContent,
  partiesToTheWork,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { ApprovalRound } from '../../core/domain/planApprovalDecision';
import { StoredRecord } from '../../core/model/recordModel';

/** An approved version of a plan, as its fields keep it. */
export type StoredPlanVersion = {
  version: number;
  approvedAt: string;
  approvedBy: string[];
  content: ContinuityPlanContent;
};

/** The content of a plan an approval covers and a version keeps. */
export function continuityPlanContentOf(
  record: Pick<StoredRecord, 'entityRefs' | 'fields'>,
): ContinuityPlanContent {
  const f = record.fields as ContinuityPlanContent;
  return {
    entityRefs: [...record.entityRefs],
    measures: (f.measures ?? []).map(({ doneAt: _at, doneBy: _by, ...m }) => m),
    procedure: f.procedure ?? [],
    activation: f.activation ?? {},
    resources: f.resources ?? { entityRefs: [], items: [] },
    contacts: f.contacts ?? { refs: [], others: [] },
    schedule: (f.schedule ?? []).map(({ nextDates: _n, ...d }) => d),
  };
}

/**
 * The approval round a plan's submission asks for (§9.2): its owner (a
 * user, or any member of its owning group) and the continuity managers
 * (any one of the group). Segregation of duties: whoever submitted it or
 * last edited its content decides on neither; an owner who did is left
 * out of the owners' group (the managers still decide), and a managers'
 * group with nobody else in it is refused.
 */
export function planContinuityPlanApproval(options: {
  record: StoredRecord;
  /** The plan's owner: its assignee or its assignment group. */
  owner?: string;
  managersGroup: string;
  /** The managers' group's members, to check someone may decide. */
  managers: readonly string[];
  now: string;
}): ApprovalRound {
  const { record, owner, managersGroup, managers, now } = options;
  const barred = partiesToTheWork(record).map(p => p.ref);
  if (!(record.fields.procedure as unknown[] | undefined)?.length) {
    throw new ConflictError(
      `procedure: ${record.ref} has no steps yet; a plan is submitted with its procedure (§9.2.2(4))`,
    );
  }
  if (!managers.some(m => !barred.includes(m.toLocaleLowerCase('en-US')))) {
    throw new ConflictError(
      `${record.ref}: nobody in ${managersGroup} (itsm.continuity.managersGroup) may approve it but who submitted or edited it; have another manager submit it`,
    );
  }
  const groups: ApprovalGroup[] = [];
  if (owner && !barred.includes(owner)) {
    groups.push({
      key: 'plan-owners',
      label: approvalGroupLabels['plan-owners'],
      rule: { kind: 'all' },
      approvers: [owner],
    });
  }
  groups.push({
    key: 'continuity-managers',
    label: approvalGroupLabels['continuity-managers'],
    rule: { kind: 'any' },
    approvers: [managersGroup],
  });
  const previous = record.fields.approval as ApprovalRound | undefined;
  return {
    round: (previous?.round ?? 0) + 1,
    requestedAt: now,
    groups,
    decisions: [],
    status: 'pending',
    covers: { content: continuityPlanContentOf(record) },
  };
}

/**
 * What the last approval of a plan keeps (§9.2): its content as the next
 * read-only version, with when and by whom it was approved.
 */
export function planApprovedVersion(options: {
  record: StoredRecord;
  fields: Record<string, unknown>;
  now: string;
}): Record<string, unknown> {
  const { record, fields, now } = options;
  const versions = (fields.versions ?? []) as StoredPlanVersion[];
  const round = fields.approval as ApprovalRound | undefined;
  const approvedBy = [
    ...new Set(
      (round?.decisions ?? [])
        .filter(d => d.decision === 'approve')
        .map(d => d.decidedBy),
    ),
  ];
  return {
    versions: [
      ...versions,
      {
        version: versions.length + 1,
        approvedAt: now,
        approvedBy,
        content: continuityPlanContentOf({ ...record, fields }),
      },
    ],
  };
}
