import {
  formatRecordRef,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord, StoredTimelineEvent } from '../RecordStore';
import { RecordRow, TimelineEventRow } from '../tables';

/** Timestamps come back as Date from PostgreSQL and as text from SQLite. */
export function toIso(value: string | Date): string {
  return value instanceof Date
    ? value.toISOString()
    : new Date(value).toISOString();
}

export function rowToRecord(
  row: RecordRow,
  entityRefs: string[],
): StoredRecord {
  const type = row.type as RecordType;
  const number = Number(row.number);
  return {
    id: row.id,
    type,
    number,
    ref: formatRecordRef(type, number),
    title: row.title,
    description: row.description,
    state: row.state,
    priority: row.priority,
    version: Number(row.version),
    fields: JSON.parse(row.fields),
    entityRefs,
    ...(row.assignment_group ? { assignmentGroup: row.assignment_group } : {}),
    ...(row.assignee ? { assignee: row.assignee } : {}),
    ...(row.support_tier ? { supportTier: row.support_tier } : {}),
    ...(row.category ? { category: row.category } : {}),
    reportedBy: row.reported_by ?? row.created_by,
    ...(row.satisfaction_rating !== null &&
    row.satisfaction_rating !== undefined
      ? { satisfactionRating: Number(row.satisfaction_rating) }
      : {}),
    ...(row.accepted_at ? { acceptedAt: toIso(row.accepted_at) } : {}),
    reopenCount: Number(row.reopen_count ?? 0),
    escalationCount: Number(row.escalation_count ?? 0),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    ...(row.resolved_at ? { resolvedAt: toIso(row.resolved_at) } : {}),
    ...(row.closed_at ? { closedAt: toIso(row.closed_at) } : {}),
  };
}

export function rowToEvent(row: TimelineEventRow): StoredTimelineEvent {
  return {
    id: String(row.id),
    recordId: row.record_id,
    kind: row.kind as StoredTimelineEvent['kind'],
    actor: row.actor,
    visibility: row.visibility === 'work_note' ? 'work_note' : 'public',
    createdAt: toIso(row.created_at),
    data: JSON.parse(row.data),
  };
}
