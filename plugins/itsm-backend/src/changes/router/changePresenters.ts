import { Change } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  pickArrays,
  pickObjects,
  pickStrings,
  recordHead,
  recordTail,
} from '../../core/router/presenters';
import { AllowedActions } from '../../core/services/RecordService';

/** The change fields kept in a record's `fields`, as text. */
const changeTextFields = [
  'model',
  'changeType',
  'template',
  'reason',
  'backoutPlan',
  'testPlan',
  'assessment',
  'returnedReason',
  'outcome',
  'satisfaction',
  'lessons',
  'submittedAt',
  'acceptanceDueAt',
  'acceptedAt',
  'assessedAt',
  'scheduledAt',
  'startedAt',
  'completedAt',
  'reviewedAt',
  'reviewedBy',
  'conflictsCheckedAt',
] as const;

/**
 * A record as the API shows a change; with `allowed`, what the caller may
 * do with it.
 */
export function presentChange(
  record: StoredRecord,
  allowed?: AllowedActions,
): Change {
  return {
    ...recordHead(record),
    ...pickStrings(record.fields, changeTextFields),
    ...pickObjects(record.fields, [
      'risk',
      'impact',
      'approval',
      'freezeOverride',
    ]),
    ...pickArrays(record.fields, [
      'plan',
      'conflicts',
      'windowProblems',
      'causedIncidents',
    ]),
    ...(record.window ? { window: record.window } : {}),
    ...recordTail(record, allowed),
  } as Change;
}
