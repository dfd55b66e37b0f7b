import { StoredRecord } from '../database/RecordStore';

/** A field edit as a client sends it. */
export type RecordEdit = {
  title?: string;
  description?: string;
  priority?: string;
  entityRefs?: string[];
};

/** One changed field, for the timeline. */
export type FieldChange = { field: string; from: unknown; to: unknown };

/**
 * The fields an edit really changes (sending a field's current value is no
 * change), in a stable order.
 */
export function diffRecord(
  record: StoredRecord,
  edit: RecordEdit,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ['title', 'description', 'priority'] as const) {
    const to = edit[field];
    if (to !== undefined && to !== record[field]) {
      changes.push({ field, from: record[field], to });
    }
  }
  if (edit.entityRefs !== undefined) {
    const to = [...new Set(edit.entityRefs)].sort();
    if (JSON.stringify(to) !== JSON.stringify(record.entityRefs)) {
      changes.push({ field: 'entityRefs', from: record.entityRefs, to });
    }
  }
  return changes;
}
