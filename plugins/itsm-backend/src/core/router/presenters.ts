import {
  Change,
  Incident,
  Release,
  RecordLink,
  TimelineEvent,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord, StoredTimelineEvent } from '../database/RecordStore';
import { AllowedActions, LinkView } from '../services/RecordService';

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

/** The named properties that hold text, leaving out absent ones. */
export function pickStrings<K extends string>(
  from: Partial<Record<K, unknown>>,
  keys: readonly K[],
): Partial<Record<K, string>> {
  // A plain loop: this runs for every incident of every page.
  const picked: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = from[key];
    if (typeof value === 'string') picked[key] = value;
  }
  return picked;
}

/** The named properties that hold objects, leaving out absent ones. */
export function pickObjects(
  from: Record<string, unknown>,
  keys: readonly string[],
): Record<string, object> {
  return Object.fromEntries(
    keys.flatMap(key =>
      from[key] && typeof from[key] === 'object'
        ? [[key, from[key] as object]]
        : [],
    ),
  );
}

/** The named properties that hold lists, leaving out absent ones. */
export function pickArrays(
  from: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown[]> {
  return Object.fromEntries(
    keys.flatMap(key =>
      Array.isArray(from[key]) ? [[key, from[key] as unknown[]]] : [],
    ),
  );
}

/** What the API shows first of every record: who it is, where it stands. */
export function recordHead(record: StoredRecord) {
  return {
    id: record.id,
    ref: record.ref,
    type: record.type,
    version: record.version,
    state: record.state,
    title: record.title,
    description: record.description,
    priority: record.priority,
    entityRefs: record.entityRefs,
  };
}

/**
 * What the API shows last of every record: who works it and reported it,
 * what the caller may do with it, and when it was made and finished.
 */
export function recordTail(
  record: StoredRecord,
  allowed: AllowedActions | undefined,
  people: readonly (
    | 'assignmentGroup'
    | 'assignee'
    | 'reportedBy'
    | 'category'
    | 'supportTier'
  )[] = ['assignmentGroup', 'assignee', 'reportedBy'],
) {
  return {
    ...pickStrings(record, people),
    ...(allowed ? { allowed } : {}),
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.resolvedAt ? { resolvedAt: record.resolvedAt } : {}),
    ...(record.closedAt ? { closedAt: record.closedAt } : {}),
  };
}

/**
 * A record as the API shows an incident; with `allowed`, what the caller may
 * do with it.
 */
export function presentIncident(
  record: StoredRecord,
  allowed?: AllowedActions,
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
  } as Incident;
}

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

/** A record as the API shows one of its type. */
export function presentRecord(
  record: StoredRecord,
  allowed?: AllowedActions,
): Incident | Change {
  return record.type === 'change'
    ? presentChange(record, allowed)
    : presentIncident(record, allowed);
}

export function presentEvent(event: StoredTimelineEvent): TimelineEvent {
  return {
    id: event.id,
    recordId: event.recordId,
    kind: event.kind,
    actor: event.actor,
    visibility: event.visibility,
    createdAt: event.createdAt,
    data: event.data,
  };
}

function linkEnd(record: StoredRecord) {
  return {
    id: record.id,
    ref: record.ref,
    type: record.type,
    title: record.title,
    state: record.state,
  };
}

export function presentLink(view: LinkView): RecordLink {
  return {
    id: view.link.id,
    kind: view.link.kind as RecordLink['kind'],
    source: linkEnd(view.source),
    target: linkEnd(view.target),
    createdBy: view.link.createdBy,
    createdAt: view.link.createdAt,
  };
}
