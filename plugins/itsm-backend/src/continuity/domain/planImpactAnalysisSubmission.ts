import {
  approvalGroupLabels,
  impactCategoryLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { ApprovalRound } from '../../core/domain/planApprovalDecision';
import { StoredRecord } from '../../core/model/recordModel';
import { impactAnalysisFieldsOf } from './planImpactAnalysis';

/**
 * The approval round a submitted analysis waits in (§9.1.3): its entity's
 * owner approves it, never whoever submitted it. Refused (409, naming the
 * field: the record forbids the move, the request is fine) while the
 * analysis lacks what its approver decides on: the business processes, an
 * RTO and an RPO, and a rating in every category at every point; refused
 * (409) when its only approver is the submitter.
 */
export function planImpactAnalysisSubmission(options: {
  record: StoredRecord;
  /** The entity's owner in the catalog now, if it has one. */
  ownerRef: string | undefined;
  submittedBy: string;
  now: string;
}): ApprovalRound {
  const { record, ownerRef, submittedBy, now } = options;
  const own = impactAnalysisFieldsOf(record.fields, []);
  if (own.businessProcesses.length === 0) {
    throw new ConflictError(
      `businessProcesses: name the business processes ${record.ref} serves before submitting it`,
    );
  }
  for (const category of Object.keys(impactCategoryLabels)) {
    for (const point of own.impactIntervals) {
      if (
        !own.impacts.some(
          i => i.category === category && i.afterMinutes === point,
        )
      ) {
        throw new ConflictError(
          `impacts: rate ${category} after ${point} min before submitting ${record.ref}: every category at every point`,
        );
      }
    }
  }
  for (const field of ['rtoMinutes', 'rpoMinutes'] as const) {
    if (own[field] === undefined) {
      throw new ConflictError(
        `${field}: set it before submitting ${record.ref}`,
      );
    }
  }
  if (!ownerRef) {
    throw new ConflictError(
      `${record.ref}: ${record.entityRefs[0]} has no owner in the catalog to approve it`,
    );
  }
  const owner = ownerRef.toLocaleLowerCase('en-US');
  if (owner === submittedBy.toLocaleLowerCase('en-US')) {
    throw new ConflictError(
      `${record.ref}: you own ${record.entityRefs[0]}, so you may not submit its analysis for your own approval (segregation of duties): have someone else submit it`,
    );
  }
  const previous = record.fields.approval as ApprovalRound | undefined;
  return {
    round: (previous?.round ?? 0) + 1,
    requestedAt: now,
    groups: [
      {
        key: 'owners',
        label: approvalGroupLabels.owners,
        rule: { kind: 'any' },
        approvers: [owner],
      },
    ],
    decisions: [],
    status: 'pending',
  };
}
