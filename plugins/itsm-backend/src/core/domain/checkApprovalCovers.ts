import {
  approvedContentOf,
  fieldsOutsideApproval,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { StoredRecord, UpdateRecordOptions } from '../model/recordModel';
import { approvalOf } from './planApprovalDecision';

/**
 * The one rule that keeps an approval honest: while a record's approval
 * round is pending or approved, no write may make the record differ from
 * what the round covers (its entities, window, plans, package, solution:
 * `approvedFields`). A write that means to change them starts a new round
 * in the same write (its snapshot is then the new content); any other is
 * refused with a 409 naming the field and the state, and the move that
 * asks for approval again when the workflow has one from that state. Every write of a
 * record passes here, whichever use case makes it.
 */
export function checkApprovalCovers(
  record: StoredRecord,
  set: UpdateRecordOptions['set'],
): void {
  const after: StoredRecord = {
    ...record,
    fields: set.fields ?? record.fields,
    entityRefs: set.entityRefs ?? record.entityRefs,
    window: set.window === null ? undefined : set.window ?? record.window,
  };
  const round = approvalOf(after);
  if (!round || round.status === 'rejected') return;
  // A round asked before snapshots were kept covers the content as it was.
  const covers = round.covers ?? approvedContentOf(record);
  const outside = fieldsOutsideApproval(covers, after);
  if (outside.length === 0) return;
  const workflow = workflows[record.type];
  const state =
    workflow?.stateLabels[record.state]?.toLowerCase() ?? record.state;
  const names = outside.map(f => f.field).join(', ');
  const labels = outside.map(f => f.label).join(', ');
  // A move of the workflow back to awaiting approval (an improvement
  // item's `resubmit`) is how approved content changes, where there is one.
  const renewal = workflow?.transitions.find(
    t => t.to === workflow.approval?.awaiting && t.from.includes(record.state),
  );
  const approvedHint = renewal
    ? `they change only under a new approval: ${renewal.label.toLowerCase()} (${
        renewal.action
      }) first`
    : 'they can no longer change: plan a new one instead';
  throw new ConflictError(
    `${names}: ${record.ref} is ${state} and its approval (round ${
      round.round
    }) covers its ${labels} as ${
      round.status === 'approved' ? 'they were approved' : 'they were submitted'
    }; ${
      round.status === 'approved'
        ? approvedHint
        : 'wait for the decision, or have it rejected and ask again'
    }`,
  );
}
