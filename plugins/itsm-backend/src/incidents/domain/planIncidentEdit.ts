import { InputError } from '@backstage/errors';
import { RecordEdit } from '../../core/domain/diffRecord';
import {
  StoredRecord,
  UpdateRecordOptions,
} from '../../core/model/recordModel';
import { isHigherPriority } from './planEscalation';
import { tierOfGroup } from './routeIncident';

/**
 * The support tier a record reassigned by an edit is worked at: L1 at the
 * service desk, L2 elsewhere (§1.3); nothing when the group stays.
 */
export function planSupportTier(
  edit: RecordEdit,
  serviceDeskGroup: string,
): Partial<UpdateRecordOptions['set']> {
  return edit.assignmentGroup === undefined
    ? {}
    : { supportTier: tierOfGroup(edit.assignmentGroup, serviceDeskGroup) };
}

/**
 * What an edit of an incident adds to the core's edit: its support tier
 * when reassigned. Refuses raising its priority, which needs its group's
 * lead (a priority request).
 */
export function planIncidentEdit(options: {
  record: StoredRecord;
  edit: RecordEdit;
  serviceDeskGroup: string;
}): Partial<UpdateRecordOptions['set']> {
  const { record, edit } = options;
  if (
    edit.priority !== undefined &&
    isHigherPriority(edit.priority, record.priority)
  ) {
    throw new InputError(
      `priority: raising ${record.ref} from ${record.priority} to ${edit.priority} needs the approval of its group's lead; ask for it with POST /incidents/${record.ref}/priority-requests`,
    );
  }
  return planSupportTier(edit, options.serviceDeskGroup);
}
