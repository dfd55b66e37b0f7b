import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { Knex } from 'knex';
import { StoredRecord } from '../RecordStore';
import { RecordEntityRow, RecordRow } from '../tables';
import { rowToRecord } from './rowMapping';

/** Adds each record's entity refs, in one query for the whole page. */
export async function withEntities(
  db: Knex,
  rows: RecordRow[],
): Promise<StoredRecord[]> {
  if (rows.length === 0) {
    return [];
  }
  const entityRows = await db<RecordEntityRow>('itsm_record_entities')
    .whereIn(
      'record_id',
      rows.map(r => r.id),
    )
    .select('record_id', 'entity_ref');
  const byRecord = new Map<string, string[]>();
  for (const e of entityRows) {
    byRecord.set(e.record_id, [
      ...(byRecord.get(e.record_id) ?? []),
      e.entity_ref,
    ]);
  }
  return rows.map(row => rowToRecord(row, (byRecord.get(row.id) ?? []).sort()));
}

/** Records which entities a record affects. */
export async function insertRecordEntities(
  db: Knex,
  record: { id: string; type: RecordType; number: number },
  entityRefs: string[],
): Promise<void> {
  if (entityRefs.length === 0) {
    return;
  }
  await db<RecordEntityRow>('itsm_record_entities').insert(
    entityRefs.map(entityRef => ({
      record_id: record.id,
      entity_ref: entityRef,
      record_type: record.type,
      record_number: record.number,
    })),
  );
}
