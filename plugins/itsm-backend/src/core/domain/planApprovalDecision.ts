import {
  ApprovalDecision,
  ApprovalGroup,
  approvalBarOf,
  approverSeats,
  evaluateApprovals,
  workflows,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { StoredRecord, UpdateRecordOptions } from '../model/recordModel';

/** A change's or release's approval round, as kept in its fields. */
export type ApprovalRound = {
  round: number;
  requestedAt: string;
  groups: ApprovalGroup[];
  decisions: ApprovalDecision[];
  status: 'pending' | 'approved' | 'rejected';
  /**
   * What the approvers decide on, as it was when approval was asked
   * (`approvedContentOf`): the record may not differ from it while the
   * round is pending or approved. Rounds asked before snapshots were kept
   * have none; for them the content as it is now counts.
   */
  covers?: Record<string, unknown>;
  /** A standard change's template, approved in advance by configuration. */
  preApproved?: { template: string };
};

/** The approval round of a change, if one was asked for. */
export function approvalOf(record: StoredRecord): ApprovalRound | undefined {
  return record.fields.approval as ApprovalRound | undefined;
}

/**
 * Works out what one approver's decision changes (§5.2.4). The decision
 * fills the caller's seat in every group they may decide for (themself, or
 * a group they belong to) and have not decided in yet. When every group
 * has the approvals its rule needs, the record moves on as its workflow's
 * `approval` says (a change is scheduled, a release approved); one
 * rejection returns it to its requester (a change to draft, a release to
 * planned). Nobody who requested, proposed, planned or will implement
 * the work decides on it (`approvalBarOf`).
 */
export function planApprovalDecision(options: {
  record: StoredRecord;
  decision: 'approve' | 'reject';
  comment?: string;
  userRef: string;
  /** The caller's ownership refs: themself and their groups. */
  claims: readonly string[];
  now: string;
}): Pick<
  UpdateRecordOptions,
  'expectedState' | 'set' | 'event' | 'releaseUniqueKeys'
> {
  const { record, decision, userRef, claims, now } = options;
  const comment = options.comment?.trim() || undefined;
  const approval = approvalOf(record);
  const states = workflows[record.type]?.approval;
  if (!states || record.state !== states.awaiting || !approval) {
    throw new ConflictError(
      `${record.ref} is not awaiting approval; it is ${stateLabel(
        record.type,
        record.state,
      ).toLocaleLowerCase('en-US')}`,
    );
  }
  const bar = approvalBarOf(record, userRef);
  if (bar) {
    throw new NotAllowedError(bar);
  }
  if (decision === 'reject' && !comment) {
    throw new InputError('comment is required to reject: say why');
  }
  const seats = approval.groups.flatMap(group =>
    approverSeats(group, userRef, claims).map(approver => ({
      group: group.key,
      approver,
    })),
  );
  if (seats.length === 0) {
    throw new NotAllowedError(
      `You are not an approver of ${record.ref}; it waits for ${approval.groups
        .map(g => `${g.label} (${g.approvers.join(', ')})`)
        .join('; ')}`,
    );
  }
  const decided = (group: string, approver: string) =>
    approval.decisions.some(
      d =>
        d.group === group &&
        (d.decidedBy === userRef || d.approver === approver),
    );
  const open = seats.filter(
    (seat, i) =>
      !decided(seat.group, seat.approver) &&
      seats.findIndex(s => s.group === seat.group) === i,
  );
  if (open.length === 0) {
    throw new ConflictError(
      `You have already decided on ${record.ref}, or your groups have`,
    );
  }
  const decisions = [
    ...approval.decisions,
    ...open.map(seat => ({
      ...seat,
      decidedBy: userRef,
      decision,
      ...(comment ? { comment } : {}),
      decidedAt: now,
    })),
  ];
  const outcome = evaluateApprovals(approval.groups, decisions);
  const fields: Record<string, unknown> = {
    ...record.fields,
    approval: { ...approval, decisions, status: outcome.status },
  };
  let state = record.state;
  if (outcome.status === 'approved') {
    state = states.approved;
    fields.approvedAt = now;
    if (state === 'scheduled') fields.scheduledAt = now;
  } else if (outcome.status === 'rejected') {
    state = states.rejected;
    fields.returnedReason = comment;
  }
  // A rejection that ends the record (an improvement item's) closes it
  // and frees its unique keys.
  const ends = workflows[record.type]?.terminalStates.includes(state) ?? false;
  return {
    expectedState: record.state,
    set: {
      fields,
      ...(state !== record.state ? { state, isOpen: !ends } : {}),
      ...(state !== record.state && ends ? { closedAt: now } : {}),
    },
    ...(state !== record.state && ends ? { releaseUniqueKeys: true } : {}),
    event: {
      kind: 'approval',
      actor: userRef,
      data: {
        decision,
        ...(comment ? { comment } : {}),
        groups: open.map(s => s.group),
        outcome: outcome.status,
        ...(state !== record.state ? { from: record.state, to: state } : {}),
      },
    },
  };
}
