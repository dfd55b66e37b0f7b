import {
  checkTransition,
  mayPerform,
  WorkflowDefinition,
  WorkflowRole,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { StoredRecord, UpdateRecordOptions } from '../model/recordModel';

/** What a workflow move asks for, as sent to `POST .../transitions`. */
export type TransitionInput = {
  action: string;
  version: number;
  /** Entity ref of the user who works the record from now on. */
  assignee?: string;
  category?: string;
  holdReason?: string;
  resolution?: string;
  cause?: string;
  verification?: string;
  /**
   * Set by intake, not by the API: `monitoring` when an alert's recovery
   * resolved the incident and an agent still has to verify it.
   */
  resolvedBy?: string;
  reason?: string;
  comment?: string;
  /** The reporter's satisfaction with the resolution, 1-5 (close). */
  rating?: number;
  feedback?: string;
  /** A change's assessment notes (§5.2.3). */
  assessment?: string;
  /** A change's review (§5.3.4): outcome, business satisfaction, lessons. */
  outcome?: string;
  satisfaction?: string;
  lessons?: string;
  /**
   * Why a change must happen in a freeze its window falls in (submit);
   * without it such a change is refused.
   */
  freezeOverride?: string;
  /**
   * Why a release must roll out outside its window or without an approved
   * change request (start_rollout); without it such a rollout is refused.
   */
  rolloutOverride?: string;
};

/**
 * Fields that describe one state and go when the record leaves it (the
 * timeline keeps every earlier value).
 */
const fieldsOfState: Record<string, readonly (keyof TransitionInput)[]> = {
  resolved: ['resolution', 'cause', 'verification', 'resolvedBy'],
  on_hold: ['holdReason'],
};

/** What the move's body says, for the timeline. */
const eventFields: readonly (keyof TransitionInput)[] = [
  'assignee',
  'category',
  'holdReason',
  'resolution',
  'cause',
  'verification',
  'resolvedBy',
  'reason',
  'comment',
  'rating',
  'feedback',
  'assessment',
  'outcome',
  'satisfaction',
  'lessons',
  'freezeOverride',
  'rolloutOverride',
];

/** What refusing a move to someone who may not take it says. */
function refusal(
  record: StoredRecord,
  action: string,
  performedBy: readonly WorkflowRole[],
): string {
  if (!performedBy.includes('worker')) {
    return `Only the reporter of ${record.ref} (${record.reportedBy}) may ${action} it`;
  }
  return `You may not ${action} ${record.ref}: only those who work it may`;
}

/**
 * Works out what a workflow move changes: the new state, who works the
 * record and how it is classified, the fields of the state it enters (and
 * the ones of the state it leaves), the resolved/closed timestamps, and the
 * timeline event. Illegal moves are refused with the workflow's reason.
 */
export function planTransition(options: {
  workflow: WorkflowDefinition;
  record: StoredRecord;
  input: TransitionInput;
  /** The parts the actor plays for this record (see WorkflowRole). */
  roles: readonly WorkflowRole[];
  actor: string;
  now: string;
}): Pick<UpdateRecordOptions, 'expectedState' | 'set' | 'event'> {
  const { workflow, record, input, roles, actor, now } = options;
  const check = checkTransition(
    workflow,
    record.state,
    input.action,
    input as unknown as Record<string, unknown>,
    record.fields,
  );
  if (!check.allowed) {
    // A check that names a field refuses the request (400); one that does
    // not, the move from where the record stands (409).
    if (!check.field) throw new ConflictError(check.reason);
    throw new InputError(
      check.reason.startsWith(check.field)
        ? check.reason
        : `${check.field}: ${check.reason}`,
    );
  }
  if (!mayPerform(check.transition, roles)) {
    throw new NotAllowedError(
      refusal(record, input.action, check.transition.performedBy ?? ['worker']),
    );
  }
  const declared = [
    ...(check.transition.requiredFields ?? []),
    ...(check.transition.optionalFields ?? []),
  ];
  for (const field of [
    'rating',
    'feedback',
    'assessment',
    'outcome',
    'satisfaction',
    'lessons',
  ] as const) {
    if (input[field] !== undefined && !declared.includes(field)) {
      throw new InputError(`${field} is not part of ${input.action}`);
    }
  }
  const to = check.transition.to;
  const isResolved = to === 'resolved';
  const isClosed = workflow.terminalStates.includes(to);
  const isReopened = record.state === 'resolved' && !isResolved && !isClosed;
  // Taken on: the first move out of the first state that is not an end.
  const isAccepted =
    record.state === workflow.initialState &&
    !record.acceptedAt &&
    !workflow.terminalStates.includes(to);

  const fields = { ...record.fields };
  if (!isClosed) {
    for (const field of fieldsOfState[record.state] ?? []) {
      delete fields[field];
    }
  }
  for (const field of fieldsOfState[to] ?? []) {
    fields[field] = input[field];
  }
  if (input.feedback !== undefined) {
    fields.feedback = input.feedback;
  }
  for (const field of check.transition.keeps ?? []) {
    const value = input[field as keyof TransitionInput];
    if (value !== undefined) fields[field] = value;
  }
  const given = Object.fromEntries(
    eventFields.flatMap(f => (input[f] === undefined ? [] : [[f, input[f]]])),
  );
  return {
    expectedState: record.state,
    set: {
      state: to,
      isOpen: workflow.openStates.includes(to),
      fields,
      ...(input.assignee !== undefined ? { assignee: input.assignee } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.rating !== undefined
        ? { satisfactionRating: Number(input.rating) }
        : {}),
      ...(isResolved ? { resolvedAt: now } : {}),
      ...(isReopened
        ? { resolvedAt: null, reopenCount: record.reopenCount + 1 }
        : {}),
      ...(isAccepted ? { acceptedAt: now } : {}),
      ...(isClosed ? { closedAt: now } : {}),
    },
    event: {
      kind: 'transition',
      actor,
      data: { action: input.action, from: record.state, to, ...given },
    },
  };
}
