import { Knex } from 'knex';
import { ListRecordsOptions, RecordKeyset } from '../RecordStore';
import { applyRecordFilter } from './applyRecordFilter';
import { likePattern } from './likePattern';

type MatchOptions = Omit<ListRecordsOptions, 'limit' | 'after' | 'sort'>;

/**
 * Records of a type that satisfy every given filter and the permission
 * criteria, as a query over `itsm_records as r` (joined to
 * `itsm_record_entities as e` for one entity's records).
 */
export function matchRecords(db: Knex, options: MatchOptions) {
  const query = options.entityRef
    ? db('itsm_record_entities as e')
        .join('itsm_records as r', 'r.id', 'e.record_id')
        .where('e.entity_ref', options.entityRef)
        .where('e.record_type', options.type)
    : db('itsm_records as r').where('r.type', options.type);
  if (options.anyOfEntityRefs) {
    query.whereIn(
      'r.id',
      db('itsm_record_entities')
        .select('record_id')
        .where('record_type', options.type)
        .whereIn('entity_ref', options.anyOfEntityRefs),
    );
  }
  const lists: [string, string[] | undefined][] = [
    ['r.state', options.states],
    ['r.priority', options.priorities],
    ['r.category', options.categories],
    ['r.assignee', options.assignees],
    ['r.assignment_group', options.assignmentGroups],
    ['r.reported_by', options.reporters],
    ['r.support_tier', options.supportTiers],
  ];
  for (const [column, values] of lists) {
    if (values) {
      query.whereIn(column, values);
    }
  }
  if (options.open !== undefined) {
    query.where('r.is_open', options.open);
  }
  if (options.createdWithin) {
    query
      .where('r.created_at', '>=', options.createdWithin.start)
      .where('r.created_at', '<', options.createdWithin.end);
  }
  if (options.windowOverlaps) {
    // Ends are exclusive: a window that ends as another starts is no clash.
    query
      .where('r.window_start', '<', options.windowOverlaps.end)
      .where('r.window_end', '>', options.windowOverlaps.start);
  }
  if (options.unassigned === true) {
    query.whereNull('r.assignee');
  } else if (options.unassigned === false) {
    query.whereNotNull('r.assignee');
  }
  const text = options.text;
  if (text) {
    const pattern = likePattern(text.words);
    query.where(q => {
      q.whereRaw(`LOWER(r.title) LIKE ? ESCAPE '\\'`, [pattern]).orWhereRaw(
        `LOWER(r.description) LIKE ? ESCAPE '\\'`,
        [pattern],
      );
      if (text.number !== undefined) {
        q.orWhere('r.number', text.number);
      }
    });
  }
  if (options.filter) {
    const filter = options.filter;
    query.where(q => applyRecordFilter(q, db, filter));
  }
  return query;
}

/**
 * Orders a matched query and starts it after the keyset: `newest` by number
 * (descending), `priority` by priority then number (a queue: P1 first,
 * oldest first), `updated` by update time then number (descending).
 */
export function sortRecords(
  query: Knex.QueryBuilder,
  options: Pick<ListRecordsOptions, 'sort' | 'after' | 'entityRef'>,
): Knex.QueryBuilder {
  // One entity's records are numbered in its own index: page on that.
  const number = options.entityRef ? 'e.record_number' : 'r.number';
  const after: RecordKeyset | undefined = options.after;
  switch (options.sort ?? 'newest') {
    case 'priority':
      if (after) {
        query.where(q =>
          q
            .where('r.priority', '>', after.priority ?? '')
            .orWhere(q2 =>
              q2
                .where('r.priority', after.priority ?? '')
                .where(number, '>', after.number),
            ),
        );
      }
      return query.orderBy([
        { column: 'r.priority', order: 'asc' },
        { column: number, order: 'asc' },
      ]);
    case 'updated':
      if (after) {
        query.where(q =>
          q
            .where('r.updated_at', '<', after.updatedAt ?? '')
            .orWhere(q2 =>
              q2
                .where('r.updated_at', after.updatedAt ?? '')
                .where(number, '<', after.number),
            ),
        );
      }
      return query.orderBy([
        { column: 'r.updated_at', order: 'desc' },
        { column: number, order: 'desc' },
      ]);
    default:
      if (after) {
        query.where(number, '<', after.number);
      }
      return query.orderBy(number, 'desc');
  }
}
