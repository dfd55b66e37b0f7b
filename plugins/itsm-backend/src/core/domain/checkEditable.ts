import { WorkflowDefinition } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { StoredRecord } from '../model/recordModel';

/**
 * Refuses an edit of the record's own fields in a state its workflow
 * keeps them fixed in (`editableStates`: a finished change is archived,
 * an audited release immutable), with a 409 naming the fields and the
 * state. Comments are still taken.
 */
export function checkEditable(
  workflow: WorkflowDefinition,
  record: StoredRecord,
  editedFields: string[],
): void {
  const editable = workflow.editableStates;
  if (!editable || editable.includes(record.state)) return;
  const fields = editedFields.filter(f => f !== 'version');
  const state = workflow.stateLabels[record.state] ?? record.state;
  throw new ConflictError(
    `${fields.join(', ') || 'fields'}: ${
      record.ref
    } is ${state.toLowerCase()}, so its fields can no longer change (only comments can be added)`,
  );
}
