import type { Knex } from 'knex';
import {
  IndicatorComputation,
  IndicatorScope,
  IndicatorValue,
  IndicatorWindow,
} from './IndicatorComputation';
import {
  epochOf,
  isoWindow,
  jsonText,
  keyText,
  recordsQuery,
  within,
} from './changeIndicatorSql';
import { recordFigure } from './recordFigures';

const changes = (db: Knex) => recordsQuery(db).where('r.type', 'change');

/** Changes created in the window. */
const requested = (db: Knex, window: IndicatorWindow) =>
  within(changes(db), db, 'r.created_at', window);

/** Changes closed in the window: each was implemented and reviewed (§5.3.4). */
export const closedChanges = (db: Knex, window: IndicatorWindow) =>
  within(changes(db).where('r.state', 'closed'), db, 'r.closed_at', window);

/**
 * SQL of an incident's `caused-by` link to the record `r`: confirmed by
 * an agent (ChangeCorrelationService) or made by hand.
 */
export const causedIncident = `EXISTS (SELECT 1 FROM itsm_record_links cl JOIN itsm_records ci ON ci.id = cl.source_id WHERE cl.target_id = r.id AND cl.kind = 'caused-by' AND ci.type = 'incident')`;

/**
 * Changes whose first incident confirmed as caused by them was confirmed
 * (linked) in the window.
 */
const causingIncidents = (db: Knex, window: IndicatorWindow) =>
  changes(db).whereIn(
    'r.id',
    db('itsm_record_links as l')
      .join('itsm_records as i', 'i.id', 'l.source_id')
      .where({ 'l.kind': 'caused-by', 'i.type': 'incident' })
      .groupBy('l.target_id')
      .havingRaw('MIN(l.created_at) >= ? AND MIN(l.created_at) < ?', [
        new Date(window.from).toISOString(),
        new Date(window.to).toISOString(),
      ])
      .select('l.target_id'),
  );

/**
 * Changes whose acceptance (§5.2.2) was decided in the window: accepted
 * then, or rejected then before being accepted. Each has the deadline its
 * submission set (`acceptanceDueAt`, `itsm.changes.acceptanceDeadline`).
 */
const decided = (db: Knex, window: IndicatorWindow) => {
  const acceptedAt = jsonText(db, 'acceptedAt');
  const { from, to } = isoWindow(window);
  const rejectedIn = (q: Knex.QueryBuilder) =>
    within(q.where('r.state', 'rejected'), db, 'r.closed_at', window);
  return (
    changes(db)
      // First by the record's columns, so indexes find the candidates: an
      // acceptance is a write after the request (created before the
      // window's end, updated since its start); a rejection closes it.
      .where(q =>
        q
          .where(a =>
            a.where('r.updated_at', '>=', from).where('r.created_at', '<', to),
          )
          .orWhere(rejectedIn),
      )
      .whereRaw(`${jsonText(db, 'acceptanceDueAt')} IS NOT NULL`)
      .where(q =>
        q
          .where(accepted => within(accepted, db, acceptedAt, window))
          .orWhere(rejected =>
            rejectedIn(rejected).whereRaw(`${acceptedAt} IS NULL`),
          ),
      )
  );
};

const inTime = (db: Knex) =>
  `(CASE WHEN ${jsonText(db, 'acceptedAt')} IS NOT NULL THEN ${epochOf(
    db,
    jsonText(db, 'acceptedAt'),
  )} ELSE ${epochOf(db, 'r.closed_at')} END) <= ${epochOf(
    db,
    jsonText(db, 'acceptanceDueAt'),
  )}`;

/**
 * Unauthorised changes to configuration items (§6.3.4): the CMDB's
 * change detection records each change it finds between two looks at the
 * catalog (`itsm_ci_changes`), unauthorised when no change record covered
 * the item then. Scoped to a service by the item itself, to a group by the
 * items it owns (`itsm_ci_snapshots.owner`); broken down by item.
 */
const unauthorisedCiChanges: IndicatorComputation = {
  id: 'unauthorised-ci-changes',
  async compute(db, window, scope) {
    const [row] = await unauthorisedQuery(db, window, scope).count({ n: '*' });
    const n = Number(row.n);
    return { value: n, sample: n };
  },
  async breakdown(db, window, scope) {
    const rows: { k: string; n: unknown }[] = await unauthorisedQuery(
      db,
      window,
      scope,
    )
      .select({ k: 'c.entity_ref' })
      .count({ n: '*' })
      .groupBy('c.entity_ref')
      .orderBy('c.entity_ref');
    return rows.map(row => {
      const n = Number(row.n);
      const figure: IndicatorValue = { value: n, sample: n };
      return { key: keyText(row.k), figure };
    });
  },
};

function unauthorisedQuery(
  db: Knex,
  window: IndicatorWindow,
  scope: IndicatorScope,
): Knex.QueryBuilder {
  const q = within(
    db('itsm_ci_changes as c').where('c.unauthorized', true),
    db,
    'c.detected_at',
    window,
  );
  if (scope.kind === 'service') return q.where('c.entity_ref', scope.ref);
  if (scope.kind === 'group') {
    return q.whereIn(
      'c.entity_ref',
      db('itsm_ci_snapshots').select('entity_ref').where('owner', scope.ref),
    );
  }
  return q;
}

/** How the changes indicators of the catalogue are computed. */
export const changeIndicators: IndicatorComputation[] = [
  recordFigure({ id: 'change-volume', kind: 'count', population: requested }),
  recordFigure({
    id: 'change-success-rate',
    kind: 'share',
    population: closedChanges,
    numerator: db =>
      `${jsonText(db, 'outcome')} IN ('successful', 'successful_with_issues')`,
  }),
  recordFigure({
    id: 'emergency-change-share',
    kind: 'share',
    population: requested,
    numerator: db => `${jsonText(db, 'model')} = 'emergency'`,
  }),
  recordFigure({
    id: 'changes-causing-incidents',
    kind: 'count',
    population: causingIncidents,
  }),
  unauthorisedCiChanges,
  recordFigure({
    id: 'change-accepted-in-time',
    kind: 'share',
    population: decided,
    numerator: inTime,
  }),
];
