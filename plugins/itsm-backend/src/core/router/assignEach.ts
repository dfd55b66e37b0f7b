import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { InputError, isError } from '@backstage/errors';
import { StoredRecord } from '../database/RecordStore';
import { RecordConflictError } from '../services/RecordConflictError';
import { RecordService, RequestContext } from '../services/RecordService';

/** The outcome of assigning one record. */
export type AssignOutcome = {
  id: string;
  status: number;
  record?: StoredRecord;
  error?: string;
};

/** The status a failed item would have had as a request of its own. */
function statusOf(error: Error): number {
  if (error instanceof RecordConflictError) return 409;
  switch (error.name) {
    case 'InputError':
      return 400;
    case 'NotAllowedError':
      return 403;
    case 'NotFoundError':
      return 404;
    case 'ConflictError':
      return 409;
    default:
      throw error; // a bug: let the request fail as a 500
  }
}

/**
 * Gives each record to the group and/or assignee, one guarded change per
 * record (its own version check, timeline event and audit entry), so one
 * refused or conflicting item does not stop the others.
 */
export async function assignEach(
  records: RecordService,
  type: RecordType,
  items: { id: string; version: number }[],
  assignment: { assignmentGroup?: string; assignee?: string | null },
  ctx: RequestContext,
): Promise<AssignOutcome[]> {
  if (
    assignment.assignmentGroup === undefined &&
    assignment.assignee === undefined
  ) {
    throw new InputError('assignmentGroup or assignee is required');
  }
  const outcomes: AssignOutcome[] = [];
  for (const item of items) {
    try {
      const record = await records.update(
        type,
        item.id,
        { version: item.version, ...assignment },
        ctx,
      );
      outcomes.push({ id: item.id, status: 200, record });
    } catch (error) {
      if (!isError(error)) throw error;
      outcomes.push({
        id: item.id,
        status: statusOf(error),
        error: error.message,
      });
    }
  }
  return outcomes;
}
