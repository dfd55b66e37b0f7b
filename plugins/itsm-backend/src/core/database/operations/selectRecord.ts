import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { Knex } from 'knex';
import { RecordCriteria, StoredRecord } from '../RecordStore';
import { RecordRow } from '../tables';
import { applyRecordFilter } from './applyRecordFilter';
import { withEntities } from './recordEntities';

/**
 * One record of a type by id or number, with its entities; undefined when
 * there is none, or none the filter (the caller's permission criteria)
 * lets through.
 */
export async function selectRecord(
  db: Knex,
  options: {
    type: RecordType;
    id?: string;
    number?: number;
    filter?: RecordCriteria;
  },
): Promise<StoredRecord | undefined> {
  const query = db('itsm_records as r').where('r.type', options.type);
  if (options.id !== undefined) query.where('r.id', options.id);
  if (options.number !== undefined) query.where('r.number', options.number);
  if (options.id === undefined && options.number === undefined) {
    return undefined;
  }
  if (options.filter) {
    const filter = options.filter;
    query.where(q => applyRecordFilter(q, db, filter));
  }
  const row: RecordRow | undefined = await query.first('r.*');
  return row ? (await withEntities(db, [row]))[0] : undefined;
}
