import type { Knex } from 'knex';
import {
  IndicatorComputation,
  IndicatorScope,
  IndicatorWindow,
} from './IndicatorComputation';
import {
  isoWindow,
  jsonText,
  jsonTrue,
  percent,
  recordsQuery,
  within,
} from './changeIndicatorSql';
import { recordFigure } from './recordFigures';

const exercises = (db: Knex) => recordsQuery(db).where('r.type', 'exercise');

/** Exercises planned (`plannedStart`) to start in the window. */
const plannedIn = (db: Knex, window: IndicatorWindow) =>
  within(exercises(db), db, jsonText(db, 'plannedStart'), window);

/**
 * Exercises completed in the window whose run was measured against a
 * recovery time objective (`measurement.withinRto`, written as the
 * exercise completes from the approved impact analyses' RTO).
 */
const measuredIn = (db: Knex, window: IndicatorWindow) =>
  within(
    exercises(db)
      .where('r.state', 'completed')
      .whereRaw(`${jsonText(db, 'measurement.withinRto')} IS NOT NULL`),
    db,
    'r.closed_at',
    window,
  );

/** Entities of records of a type in some states, created before `to`. */
const entitiesOf = (
  db: Knex,
  type: string,
  states: string[] | { not: string },
  to: string,
) => {
  const q = db('itsm_record_entities as e')
    .join('itsm_records as x', 'x.id', 'e.record_id')
    .where('x.type', type)
    .where('x.created_at', '<', to);
  return Array.isArray(states)
    ? q.whereIn('x.state', states)
    : q.whereNot('x.state', states.not);
};

/**
 * The services with a business impact analysis (not retired) in scope: a
 * service's own, or those a group owns (`itsm_entity_owners`).
 */
function analysedServices(
  db: Knex,
  window: IndicatorWindow,
  scope: IndicatorScope,
) {
  const { to } = isoWindow(window);
  const q = entitiesOf(db, 'impact-analysis', { not: 'retired' }, to).distinct(
    'e.entity_ref',
  );
  if (scope.kind === 'service') q.where('e.entity_ref', scope.ref);
  if (scope.kind === 'group') {
    q.whereIn(
      'e.entity_ref',
      db('itsm_entity_owners')
        .select('entity_ref')
        .where('owner_ref', scope.ref),
    );
  }
  return q;
}

const PLAN_IN_FORCE = ['approved', 'active'];

/**
 * Services with an approved plan (§9.2): the services of the scope with a
 * business impact analysis, and how many an approved or active continuity
 * plan covers (affects). Records as they stand, created before the end of
 * the window; past months are kept by the monthly snapshots.
 */
const servicesWithApprovedPlan: IndicatorComputation = {
  id: 'services-with-approved-plan',
  async compute(db, window, scope) {
    const { to } = isoWindow(window);
    const services = analysedServices(db, window, scope).as('s');
    const [row] = await db
      .from(services)
      .select(
        db.raw('COUNT(*) AS n'),
        db.raw(
          `SUM(CASE WHEN s.entity_ref IN (${entitiesOf(
            db,
            'continuity-plan',
            PLAN_IN_FORCE,
            to,
          )
            .select('e.entity_ref')
            .toQuery()}) THEN 1 ELSE 0 END) AS p`,
        ),
      );
    const n = Number(row.n);
    const p = Number(row.p ?? 0);
    return { value: percent(p, n), numerator: p, denominator: n, sample: n };
  },
  records(db, window, scope) {
    const { to } = isoWindow(window);
    // The plans joined to the analysed services once (a derived table):
    // as `id IN (... IN (analysed))` the planner ran the analysed services
    // again for each plan.
    return db('itsm_record_entities as pe')
      .join(
        analysedServices(db, window, scope).as('s'),
        's.entity_ref',
        'pe.entity_ref',
      )
      .join('itsm_records as r', 'r.id', 'pe.record_id')
      .where('r.type', 'continuity-plan')
      .whereIn('r.state', PLAN_IN_FORCE)
      .where('r.created_at', '<', to)
      .distinct('r.id', 'r.created_at');
  },
};

/** How the continuity indicators of the catalogue are computed. */
export const continuityIndicators: IndicatorComputation[] = [
  servicesWithApprovedPlan,
  recordFigure({
    id: 'drills-on-schedule',
    kind: 'share',
    population: plannedIn,
    numerator: () => `r.state = 'completed'`,
  }),
  recordFigure({
    id: 'drills-within-rto',
    kind: 'share',
    population: measuredIn,
    numerator: db => jsonTrue(db, 'measurement.withinRto'),
  }),
];
