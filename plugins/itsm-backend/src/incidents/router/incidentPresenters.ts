import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import { SlaClockSummary } from '../../core/database/SlaClockStore';
import {
  pickObjects,
  pickStrings,
  recordHead,
  recordTail,
} from '../../core/router/presenters';
import { AllowedActions } from '../../core/services/RecordService';

/** The incident fields kept in a record's `fields`. */
const incidentFieldNames = [
  'resolution',
  'cause',
  'verification',
  'resolvedBy',
  'holdReason',
  'impact',
  'urgency',
  'priorityReason',
  'channel',
  'feedback',
  'plan',
  'occurredAt',
  'scopeOfImpact',
  'unverifiedSender',
] as const;

/**
 * A record as the API shows an incident; with `allowed`, what the caller may
 * do with it; with `sla`, the service level clock a queue shows.
 */
export function presentIncident(
  record: StoredRecord,
  allowed?: AllowedActions,
  sla?: SlaClockSummary,
): Incident {
  return {
    ...recordHead(record),
    ...pickStrings(record.fields, incidentFieldNames),
    ...(record.satisfactionRating !== undefined
      ? { satisfactionRating: record.satisfactionRating }
      : {}),
    ...pickObjects(record.fields, ['priorityRequest', 'major', 'review']),
    ...recordTail(record, allowed, [
      'category',
      'assignmentGroup',
      'assignee',
      'supportTier',
      'reportedBy',
    ]),
    ...(sla ? { sla } : {}),
  } as Incident;
}
