import {
  incidentWorkflow,
  isPriority,
  Priority,
  priorities,
  SupportTier,
  supportTiers,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import {
  StoredRecord,
  UpdateRecordOptions,
} from '../../core/model/recordModel';

type Plan = Pick<UpdateRecordOptions, 'expectedState' | 'set' | 'event'>;

/** A raise of priority waiting for the lead's decision (§3.3.2). */
export type PriorityRequest = {
  priority: Priority;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  /** The group whose lead decides, and the lead. */
  group: string;
  lead: string;
};

/** Whether `a` is a higher priority than `b` (P1 is the highest). */
export function isHigherPriority(a: string, b: string): boolean {
  return priorities.indexOf(a as Priority) < priorities.indexOf(b as Priority);
}

function requireOpen(record: StoredRecord, what: string) {
  if (
    !(incidentWorkflow.openStates as readonly string[]).includes(record.state)
  ) {
    const label =
      incidentWorkflow.stateLabels[
        record.state as keyof typeof incidentWorkflow.stateLabels
      ] ?? record.state;
    throw new ConflictError(
      `Only open incidents can be ${what}; ${record.ref} is ${label}`,
    );
  }
}

function requireText(value: string | undefined, field: string): string {
  const text = value?.trim();
  if (!text) {
    throw new InputError(`${field} is required`);
  }
  return text;
}

/** The raise waiting for a decision on the record, if any. */
export function pendingPriorityRequest(
  record: StoredRecord,
): PriorityRequest | undefined {
  const request = record.fields.priorityRequest as PriorityRequest | undefined;
  return request && isPriority(request.priority) ? request : undefined;
}

/**
 * Functional escalation (§3.3.1): hands the incident to another group or a
 * higher tier, with a reason; whoever worked it lets go unless an assignee
 * is named.
 */
export function planFunctionalEscalation(options: {
  record: StoredRecord;
  input: {
    assignmentGroup: string;
    supportTier: SupportTier;
    reason?: string;
    assignee?: string;
  };
  actor: string;
}): Plan {
  const { record, input, actor } = options;
  requireOpen(record, 'escalated');
  const reason = requireText(input.reason, 'reason');
  const fromTier = record.supportTier ?? 'L1';
  const sameGroup = input.assignmentGroup === record.assignmentGroup;
  if (
    sameGroup &&
    supportTiers.indexOf(input.supportTier) <=
      supportTiers.indexOf(fromTier as SupportTier)
  ) {
    throw new InputError(
      `supportTier: escalating within ${input.assignmentGroup} needs a tier above ${fromTier}`,
    );
  }
  return {
    expectedState: record.state,
    set: {
      assignmentGroup: input.assignmentGroup,
      supportTier: input.supportTier,
      assignee: input.assignee ?? null,
      escalationCount: record.escalationCount + 1,
    },
    event: {
      kind: 'escalated',
      actor,
      data: {
        type: 'functional',
        from: {
          assignmentGroup: record.assignmentGroup ?? null,
          supportTier: fromTier,
        },
        to: {
          assignmentGroup: input.assignmentGroup,
          supportTier: input.supportTier,
          assignee: input.assignee ?? null,
        },
        reason,
      },
    },
  };
}

/**
 * Hierarchical escalation, first half (§3.3.2): asks the lead of the
 * assignment group to approve a higher priority.
 */
export function planPriorityRequest(options: {
  record: StoredRecord;
  input: { priority: Priority; reason?: string };
  lead: string | undefined;
  actor: string;
  now: string;
}): Plan {
  const { record, input, lead, actor, now } = options;
  requireOpen(record, 'escalated');
  const reason = requireText(input.reason, 'reason');
  const pending = pendingPriorityRequest(record);
  if (pending) {
    throw new ConflictError(
      `${record.ref} already waits for ${pending.lead} to decide on raising it to ${pending.priority}`,
    );
  }
  if (!isHigherPriority(input.priority, record.priority)) {
    throw new InputError(
      `priority: ${input.priority} is not higher than ${record.ref}'s ${record.priority}; lowering needs no approval`,
    );
  }
  const group = record.assignmentGroup;
  if (!group || !lead) {
    throw new ConflictError(
      `assignmentGroup: no lead is known for ${
        group ?? 'an incident without a group'
      }; name one with the itsm/lead annotation of the group (or a parent group) or in itsm.escalation.leads`,
    );
  }
  const request: PriorityRequest = {
    priority: input.priority,
    reason,
    requestedBy: actor,
    requestedAt: now,
    group,
    lead,
  };
  return {
    expectedState: record.state,
    set: { fields: { ...record.fields, priorityRequest: request } },
    event: {
      kind: 'escalated',
      actor,
      data: {
        type: 'hierarchical',
        status: 'requested',
        from: record.priority,
        priority: input.priority,
        reason,
        lead,
      },
    },
  };
}

/**
 * Hierarchical escalation, second half: the lead approves (the priority
 * rises; a new assignee and plan may be set) or rejects, with a comment.
 * Nobody else may decide.
 */
export function planPriorityDecision(options: {
  record: StoredRecord;
  input: {
    decision: 'approve' | 'reject';
    comment?: string;
    assignee?: string;
    plan?: string;
  };
  actor: string;
}): Plan {
  const { record, input, actor } = options;
  const pending = pendingPriorityRequest(record);
  if (!pending) {
    throw new ConflictError(
      `${record.ref} has no raise of priority waiting for a decision`,
    );
  }
  if (actor !== pending.lead) {
    throw new NotAllowedError(
      `Only the lead of ${pending.group} (${pending.lead}) may decide on raising ${record.ref} to ${pending.priority}`,
    );
  }
  const comment = requireText(input.comment, 'comment');
  const { priorityRequest: _, ...fields } = record.fields;
  const approved = input.decision === 'approve';
  if (approved && input.plan?.trim()) {
    fields.plan = input.plan.trim();
  }
  return {
    expectedState: record.state,
    set: {
      fields,
      ...(approved ? { priority: pending.priority } : {}),
      ...(approved && input.assignee ? { assignee: input.assignee } : {}),
    },
    event: {
      kind: 'escalated',
      actor,
      data: {
        type: 'hierarchical',
        status: approved ? 'approved' : 'rejected',
        from: record.priority,
        priority: pending.priority,
        comment,
        ...(approved && input.assignee ? { assignee: input.assignee } : {}),
        ...(approved && input.plan?.trim() ? { plan: input.plan.trim() } : {}),
      },
    },
  };
}
