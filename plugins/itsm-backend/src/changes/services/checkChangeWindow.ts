import { StoredRecord } from '../../core/database/RecordStore';
import {
  checkFreezeOverride,
  FreezeOverride,
} from '../domain/checkFreezeOverride';
import { actorOf } from '../../core/services/actorOf';
import { ChangeConflictChecker } from './ChangeConflictChecker';
import { RequestContext } from '../../core/services/RecordService';

/**
 * Checks a change's window as it is submitted or scheduled: the fields
 * that record what was found (the conflicts, the override that lets it
 * happen in a freeze). Refuses a window in a freeze no override covers.
 */
export async function checkChangeWindow(options: {
  record: StoredRecord;
  checker: ChangeConflictChecker;
  /** The override's justification given with this move, if any. */
  justification?: string;
  ctx: RequestContext;
  now: string;
}): Promise<Record<string, unknown>> {
  const { record, checker, justification, ctx, now } = options;
  if (!record.window) return {};
  const { conflicts, problems } = await checker.check(
    { id: record.id, entityRefs: record.entityRefs, window: record.window },
    ctx,
  );
  const override = checkFreezeOverride({
    ref: record.ref,
    conflicts,
    justification,
    previous: record.fields.freezeOverride as FreezeOverride | undefined,
    actor: actorOf(ctx.credentials),
    now,
  });
  return {
    conflicts,
    conflictsCheckedAt: now,
    windowProblems: problems.length ? problems : undefined,
    ...(override ? { freezeOverride: override } : {}),
  };
}

/**
 * The check an approval that schedules a change makes (§5.2.5): the
 * ApprovalService's `onScheduled` for changes.
 */
export function checkWindowOnScheduling(checker: ChangeConflictChecker) {
  return (options: {
    record: StoredRecord;
    ctx: RequestContext;
    now: string;
  }) => checkChangeWindow({ ...options, checker });
}
