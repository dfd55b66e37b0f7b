import {
  checkTransition,
  WorkflowDefinition,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { StoredRecord, UpdateRecordOptions } from '../database/RecordStore';

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
];

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
  actor: string;
  now: string;
}): Pick<UpdateRecordOptions, 'expectedState' | 'set' | 'event'> {
  const { workflow, record, input, actor, now } = options;
  const check = checkTransition(
    workflow,
    record.state,
    input.action,
    input as unknown as Record<string, unknown>,
  );
  if (!check.allowed) {
    throw new InputError(
      !check.field || check.reason.startsWith(check.field)
        ? check.reason
        : `${check.field}: ${check.reason}`,
    );
  }
  const to = check.transition.to;
  const isResolved = to === 'resolved';
  const isClosed = workflow.terminalStates.includes(to);
  const isReopened = record.state === 'resolved' && !isResolved && !isClosed;

  const fields = { ...record.fields };
  if (!isClosed) {
    for (const field of fieldsOfState[record.state] ?? []) {
      delete fields[field];
    }
  }
  for (const field of fieldsOfState[to] ?? []) {
    fields[field] = input[field];
  }
  const given = Object.fromEntries(
    eventFields.flatMap(f => (input[f] === undefined ? [] : [[f, input[f]]])),
  );
  return {
    expectedState: record.state,
    set: {
      state: to,
      fields,
      ...(input.assignee !== undefined ? { assignee: input.assignee } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(isResolved ? { resolvedAt: now } : {}),
      ...(isReopened ? { resolvedAt: null } : {}),
      ...(isClosed ? { closedAt: now } : {}),
    },
    event: {
      kind: 'transition',
      actor,
      data: { action: input.action, from: record.state, to, ...given },
    },
  };
}
