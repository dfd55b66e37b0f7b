import { RecordLink, TimelineEvent } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord, StoredTimelineEvent } from '../database/RecordStore';
import { AllowedActions, LinkView } from '../services/RecordService';

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
 * A record as the API shows any record: its head and tail, for a type
 * whose process registers no presenter of its own.
 */
export function presentAnyRecord(record: StoredRecord) {
  return { ...recordHead(record), ...recordTail(record, undefined) };
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
