import { StoredRecord, RecordWindow } from '../model/recordModel';
import { approvalOf } from './planApprovalDecision';

/** The states of a change that has been approved (or is pre-approved). */
export const APPROVED_CHANGE_STATES = ['scheduled', 'implementing'];

/**
 * What an approved change authorises, read from its approval's snapshot,
 * never from the record as it may read now: the entities and the window
 * its approvers decided on. Undefined when the change is not approved (or
 * is no longer: implemented, closed). Changes approved before snapshots
 * were kept are read as they are (their content is frozen since), and so
 * are standard changes scheduled before their round was recorded.
 */
export function approvedScope(
  change: StoredRecord,
): { entityRefs: string[]; window?: RecordWindow } | undefined {
  if (
    change.type !== 'change' ||
    !APPROVED_CHANGE_STATES.includes(change.state)
  ) {
    return undefined;
  }
  const round = approvalOf(change);
  if (
    round ? round.status !== 'approved' : change.fields.model !== 'standard'
  ) {
    return undefined;
  }
  const covers = round?.covers as
    | { entityRefs?: string[]; window?: RecordWindow | null }
    | undefined;
  return {
    entityRefs: covers?.entityRefs ?? change.entityRefs,
    window: covers ? covers.window ?? undefined : change.window,
  };
}
