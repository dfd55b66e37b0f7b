import {
  checkTransition,
  mayPerform,
  WorkflowDefinition,
  WorkflowRole,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { StoredRecord, UpdateRecordOptions } from '../model/recordModel';

/**
 * What a workflow move asks for, as sent to `POST .../transitions`: the
 * action, the version it is based on, the fields every record's moves
 * share, and the fields of the record type's own moves, which its process
 * declares (a `...MoveFields` type and its {@link MoveFields}) and reads.
 */
export type TransitionInput = {
  action: string;
  version: number;
  /** Entity ref of the user who works the record from now on. */
  assignee?: string;
  category?: string;
  reason?: string;
  comment?: string;
  /** The reporter's satisfaction with the resolution, 1-5 (close). */
  rating?: number;
  feedback?: string;
  /** The fields of the record type's own moves. */
  [field: string]: unknown;
};

/** The move as a process reads it, with the fields of its own moves. */
export const moveInputOf = <T>(input: TransitionInput) =>
  input as TransitionInput & T;

/**
 * What the core does with the fields of a record type's own moves, as its
 * process registers them.
 */
export type MoveFields = {
  /** Fields the timeline event of a move records when given. */
  recorded: readonly string[];
  /**
   * Fields that describe one state: set from the move that enters it,
   * gone when the record leaves it (the timeline keeps every value).
   */
  ofState?: Readonly<Record<string, readonly string[]>>;
  /** Fields refused (400) on a move whose transition does not declare them. */
  onlyWhenDeclared?: readonly string[];
};

/** The fields every record's moves share. */
const sharedFields: MoveFields = {
  recorded: ['assignee', 'category', 'reason', 'comment', 'rating', 'feedback'],
  onlyWhenDeclared: ['rating', 'feedback'],
};

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
  /** The fields of the record type's own moves (none when absent). */
  moveFields?: MoveFields;
  actor: string;
  now: string;
}): Pick<UpdateRecordOptions, 'expectedState' | 'set' | 'event'> {
  const { workflow, record, input, roles, actor, now } = options;
  const own = options.moveFields ?? { recorded: [] };
  const fieldsOfState = own.ofState ?? {};
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
    ...(sharedFields.onlyWhenDeclared ?? []),
    ...(own.onlyWhenDeclared ?? []),
  ]) {
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
    const value = input[field];
    if (value !== undefined) fields[field] = value;
  }
  const given = Object.fromEntries(
    [...sharedFields.recorded, ...own.recorded].flatMap(f =>
      input[f] === undefined ? [] : [[f, input[f]]],
    ),
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
