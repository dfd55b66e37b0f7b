import { formatRecordRef } from '@backstage-itsm/plugin-itsm-common';
import type { Knex } from 'knex';
import { applyRecordFilter } from '../../core/database/operations/applyRecordFilter';
import { toIso } from '../../core/database/operations/rowMapping';
import type { RecordCriteria } from '../../core/model/recordModel';

/** One record behind a figure, as the drill-down lists it. */
export type KpiRecord = {
  ref: string;
  type: string;
  title: string;
  state: string;
  priority: string;
  assignmentGroup?: string;
  entityRefs: string[];
  createdAt: string;
};

/**
 * A page of the records behind a figure (the drill-down, §10.2.1), newest
 * first from `offset`, of those `filter` lets the caller read (all without
 * one); `hidden` counts the others. `ids` is the computation's query of the
 * records behind the figure (`id` and `created_at`, each once).
 */
export async function readRecordsBehind(
  db: Knex,
  options: {
    ids: Knex.QueryBuilder;
    filter?: RecordCriteria;
    offset: number;
    limit: number;
  },
): Promise<{ items: KpiRecord[]; hidden: number; hasMore: boolean }> {
  const { ids, filter, offset, limit } = options;
  // The records behind (each once, with its creation time) as a derived
  // table: counted and paged (newest first) in it, and only the page's
  // rows read in full. As `itsm_records WHERE id IN (...)` the database
  // joined every record of the table to the set.
  const behind = () => db.from(ids.as('b')).select('b.id', 'b.created_at');
  const visible = () =>
    filter
      ? behind()
          .join('itsm_records as r', 'r.id', 'b.id')
          .where(inner => applyRecordFilter(inner, db, filter))
      : behind();
  const count = async (q: Knex.QueryBuilder) => {
    const [row] = await db.from(q.as('c')).count({ n: '*' });
    return Number(row.n);
  };
  const [all, seen, pageIds] = await Promise.all([
    count(behind()),
    filter ? count(visible()) : undefined,
    db
      .from(visible().as('v'))
      .select('v.id')
      .orderBy([
        { column: 'v.created_at', order: 'desc' },
        { column: 'v.id', order: 'desc' },
      ])
      .offset(offset)
      .limit(limit + 1) as Promise<{ id: string }[]>,
  ]);
  const full: Record<string, any>[] =
    pageIds.length === 0
      ? []
      : await db('itsm_records').whereIn(
          'id',
          pageIds.map(r => r.id),
        );
  const byId = new Map(full.map(row => [row.id, row]));
  const rows = pageIds.map(r => byId.get(r.id)!);
  const page = rows.slice(0, limit);
  const entities: { record_id: string; entity_ref: string }[] =
    page.length === 0
      ? []
      : await db('itsm_record_entities')
          .whereIn(
            'record_id',
            page.map(r => r.id),
          )
          .orderBy('entity_ref')
          .select('record_id', 'entity_ref');
  const items = page.map(row => ({
    ref: formatRecordRef(row.type, Number(row.number)),
    type: row.type,
    title: row.title,
    state: row.state,
    priority: row.priority,
    ...(row.assignment_group ? { assignmentGroup: row.assignment_group } : {}),
    entityRefs: entities
      .filter(e => e.record_id === row.id)
      .map(e => e.entity_ref),
    createdAt: toIso(row.created_at),
  }));
  return {
    items,
    hidden: seen === undefined ? 0 : all - seen,
    hasMore: rows.length > limit,
  };
}
