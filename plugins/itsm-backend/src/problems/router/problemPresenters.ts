import {
  AllowedActions,
  isKnownErrorNow,
  Problem,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  pickObjects,
  pickStrings,
  recordHead,
  recordTail,
} from '../../core/router/presenters';

/** The problem fields kept in a record's `fields`, as text. */
const problemTextFields = [
  'source',
  'impact',
  'urgency',
  'workaround',
  'businessImpact',
  'risk',
  'returnedReason',
  'resolution',
  'verification',
  'reason',
  'changeRequest',
  'fixedBy',
] as const;

/**
 * A record as the API shows a problem; with `allowed`, what the caller may
 * do with it.
 */
export function presentProblem(
  record: StoredRecord,
  allowed?: AllowedActions,
): Problem {
  return {
    ...recordHead(record),
    category: (record.category ?? 'other') as Problem['category'],
    knownError: isKnownErrorNow(record),
    ...pickStrings(record.fields, problemTextFields),
    ...pickObjects(record.fields, [
      'investigation',
      'rootCause',
      'solutionPlan',
      'approval',
      'detection',
    ]),
    ...(Array.isArray(record.fields.failedChangeRequests)
      ? { failedChangeRequests: record.fields.failedChangeRequests }
      : {}),
    ...recordTail(record, allowed),
  } as Problem;
}
