import { Knex } from 'knex';
import type {
  IndicatorScope,
  IndicatorWindow,
} from '../indicators/IndicatorComputation';

/** What a monthly report counts of the records themselves. */
export type ReportFacts = {
  /** Incidents opened in the month, by priority and by category. */
  incidentsByPriority: { key: string; count: number }[];
  incidentsByCategory: { key: string; count: number }[];
  /** Improvement items opened and closed in the month (closed by outcome). */
  improvementsOpened: number;
  improvementsClosed: { key: string; count: number }[];
};

/** The records of a scope: a group's, or those that affect a service. */
function scoped(db: Knex, query: Knex.QueryBuilder, scope: IndicatorScope) {
  if (scope.kind === 'group') query.where('r.assignment_group', scope.ref);
  if (scope.kind === 'service') {
    query.whereIn(
      'r.id',
      db('itsm_record_entities')
        .select('record_id')
        .where('entity_ref', scope.ref),
    );
  }
  return query;
}

const counted = (rows: { key: string | null; count: number | string }[]) =>
  rows
    .map(r => ({ key: r.key ?? '', count: Number(r.count) }))
    .sort((a, b) => a.key.localeCompare(b.key));

/**
 * The counts of a monthly report that come straight from the records
 * (§2.1.2(5), §2.3.4): incident volumes by priority and category, and the
 * improvement items opened and closed (§10.3), of a scope and month.
 */
export async function readReportFacts(
  db: Knex,
  window: IndicatorWindow,
  scope: IndicatorScope,
): Promise<ReportFacts> {
  const incidents = () =>
    scoped(
      db,
      db('itsm_records as r')
        .where('r.type', 'incident')
        .where('r.created_at', '>=', window.from)
        .where('r.created_at', '<', window.to),
      scope,
    );
  const [byPriority, byCategory, opened, closed] = await Promise.all([
    incidents()
      .select('r.priority as key')
      .count({ count: '*' })
      .groupBy('r.priority'),
    incidents()
      .select('r.category as key')
      .count({ count: '*' })
      .groupBy('r.category'),
    scoped(
      db,
      db('itsm_records as r')
        .where('r.type', 'improvement')
        .where('r.created_at', '>=', window.from)
        .where('r.created_at', '<', window.to)
        .count({ count: '*' }),
      scope,
    ),
    scoped(
      db,
      db('itsm_records as r')
        .where('r.type', 'improvement')
        .where('r.closed_at', '>=', window.from)
        .where('r.closed_at', '<', window.to)
        .select('r.state as key')
        .count({ count: '*' })
        .groupBy('r.state'),
      scope,
    ),
  ]);
  return {
    incidentsByPriority: counted(byPriority as any),
    incidentsByCategory: counted(byCategory as any),
    improvementsOpened: Number((opened as any)[0]?.count ?? 0),
    improvementsClosed: counted(closed as any),
  };
}

/**
 * The scopes with records created in a month, besides the portal: the
 * assignment groups of those records and the services they affect.
 */
export async function readReportScopes(
  db: Knex,
  window: IndicatorWindow,
): Promise<{ groups: string[]; services: string[] }> {
  const inMonth = (q: Knex.QueryBuilder) =>
    q
      .where('r.created_at', '>=', window.from)
      .where('r.created_at', '<', window.to);
  const [groups, services] = await Promise.all([
    inMonth(
      db('itsm_records as r')
        .distinct('r.assignment_group as ref')
        .whereNotNull('r.assignment_group'),
    ),
    inMonth(
      db('itsm_records as r')
        .join('itsm_record_entities as e', 'e.record_id', 'r.id')
        .distinct('e.entity_ref as ref'),
    ),
  ]);
  const refs = (rows: { ref: string }[]) => rows.map(r => r.ref).sort();
  return { groups: refs(groups as any), services: refs(services as any) };
}
