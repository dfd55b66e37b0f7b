import { StoredRecord } from '../model/recordModel';

/** A field edit as a client sends it. */
export type RecordEdit = {
  title?: string;
  description?: string;
  priority?: string;
  category?: string;
  entityRefs?: string[];
  /** The group that works the record from now on. */
  assignmentGroup?: string;
  /** The user who works the record from now on; null for nobody. */
  assignee?: string | null;
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
  for (const field of [
    'title',
    'description',
    'priority',
    'category',
    'assignmentGroup',
    'assignee',
  ] as const) {
    if (edit[field] === undefined) {
      continue; // not edited
    }
    // null stands for "nobody" and equals an absent value.
    const to = edit[field] ?? undefined;
    const from = record[field];
    if (to !== from) {
      changes.push({ field, from: from ?? null, to: to ?? null });
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
