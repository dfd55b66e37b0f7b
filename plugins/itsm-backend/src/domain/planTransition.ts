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
  resolution?: string;
  reason?: string;
  comment?: string;
};

/**
 * Works out what a workflow move changes: the new state, the fields the move
 * carries (a resolution, a reason), the resolved/closed timestamps, and the
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
      check.field ? `${check.field}: ${check.reason}` : check.reason,
    );
  }
  const to = check.transition.to;
  const isResolved = to === 'resolved';
  const isClosed = workflow.terminalStates.includes(to);
  const isReopened = record.state === 'resolved' && !isResolved && !isClosed;
  // The resolution belongs to the resolved state: set on resolving, dropped
  // on reopening (the timeline keeps every earlier one).
  const fields = { ...record.fields };
  if (isResolved) {
    fields.resolution = input.resolution;
  } else if (isReopened) {
    delete fields.resolution;
  }
  return {
    expectedState: record.state,
    set: {
      state: to,
      fields,
      ...(isResolved ? { resolvedAt: now } : {}),
      ...(isReopened ? { resolvedAt: null } : {}),
      ...(isClosed ? { closedAt: now } : {}),
    },
    event: {
      kind: 'transition',
      actor,
      data: {
        action: input.action,
        from: record.state,
        to,
        ...(input.resolution !== undefined
          ? { resolution: input.resolution }
          : {}),
        ...(input.reason !== undefined ? { reason: input.reason } : {}),
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
      },
    },
  };
}
