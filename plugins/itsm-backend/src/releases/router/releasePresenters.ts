import { Release } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  pickArrays,
  pickObjects,
  pickStrings,
  recordHead,
  recordTail,
} from '../../core/router/presenters';
import { AllowedActions } from '../../core/services/RecordService';

/** The release fields kept in a record's `fields`, as text. */
const releaseTextFields = [
  'entityRef',
  'releaseVersion',
  'versionScheme',
  'changeRequest',
  'outcome',
  'confirmation',
  'reason',
  'returnedReason',
  'approvedAt',
  'startedAt',
  'completedAt',
  'releasedAt',
  'rolledBackAt',
] as const;

/**
 * A record as the API shows a release; with `allowed`, what the caller may
 * do with it.
 */
export function presentRelease(
  record: StoredRecord,
  allowed?: AllowedActions,
): Release {
  return {
    ...recordHead(record),
    ...pickStrings(record.fields, releaseTextFields),
    ...pickArrays(record.fields, ['goals', 'modules', 'phases']),
    ...pickObjects(record.fields, [
      'risk',
      'contents',
      'approval',
      'audit',
      'preRelease',
      'rolloutOverride',
    ]),
    ...pickArrays(record.fields, ['verification']),
    ...(record.fields.restoredVersion !== undefined
      ? { restoredVersion: record.fields.restoredVersion as string | null }
      : {}),
    ...(record.window ? { window: record.window } : {}),
    ...recordTail(record, allowed),
  } as Release;
}
