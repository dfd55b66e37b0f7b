import { Knex } from 'knex';
import {
  formatRecordRef,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import {
  CreateRecordOptions,
  StoredRecord,
  StoredTimelineEvent,
  UpdateRecordOptions,
} from '../RecordStore';
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
    ...(row.window_start && row.window_end
      ? {
          window: {
            start: toIso(row.window_start),
            end: toIso(row.window_end),
          },
        }
      : {}),
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

/** The row of a record about to be created, at version 1. */
export function newRecordRow(
  options: CreateRecordOptions,
  key: { id: string; number: number; idempotencyKey: string | null },
): RecordRow {
  return {
    id: key.id,
    type: options.type,
    number: key.number,
    title: options.title,
    description: options.description,
    state: options.state,
    priority: options.priority,
    version: 1,
    fields: JSON.stringify(options.fields),
    created_by: options.createdBy,
    assignment_group: options.assignmentGroup ?? null,
    assignee: options.assignee ?? null,
    support_tier: options.supportTier ?? null,
    category: options.category ?? null,
    reported_by: options.reportedBy,
    satisfaction_rating: null,
    channel: options.channel ?? null,
    accepted_at: null,
    reopen_count: 0,
    escalation_count: 0,
    is_open: options.isOpen,
    idempotency_key: key.idempotencyKey,
    created_at: options.now,
    updated_at: options.now,
    resolved_at: null,
    closed_at: null,
    window_start: options.window?.start ?? null,
    window_end: options.window?.end ?? null,
  };
}

/** The columns each settable field of a record is kept in. */
const columnOf = {
  title: 'title',
  description: 'description',
  state: 'state',
  isOpen: 'is_open',
  priority: 'priority',
  assignmentGroup: 'assignment_group',
  assignee: 'assignee',
  supportTier: 'support_tier',
  category: 'category',
  satisfactionRating: 'satisfaction_rating',
  acceptedAt: 'accepted_at',
  reopenCount: 'reopen_count',
  escalationCount: 'escalation_count',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
} as const satisfies Partial<
  Record<keyof UpdateRecordOptions['set'], keyof RecordRow>
>;

/**
 * The columns a guarded change writes: the fields it sets (undefined means
 * "leave as is", null "clear"), the next version and the update time.
 */
export function recordPatch(
  set: UpdateRecordOptions['set'],
  next: { version: number | Knex.Raw; now: string },
): Partial<RecordRow> {
  const patch: Record<string, unknown> = {
    version: next.version,
    updated_at: next.now,
  };
  for (const [field, column] of Object.entries(columnOf)) {
    const value = set[field as keyof typeof columnOf];
    if (value !== undefined) patch[column] = value;
  }
  if (set.fields !== undefined) patch.fields = JSON.stringify(set.fields);
  if (set.window !== undefined) {
    patch.window_start = set.window?.start ?? null;
    patch.window_end = set.window?.end ?? null;
  }
  return patch as Partial<RecordRow>;
}
