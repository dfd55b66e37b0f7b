import type { IndicatorBreakdown } from '@backstage-itsm/plugin-itsm-common';
import type { Knex } from 'knex';
import {
  IndicatorComputation,
  IndicatorScope,
  IndicatorValue,
  IndicatorWindow,
} from './IndicatorComputation';
import {
  applyKey,
  applyScope,
  epochOf,
  isoWindow,
  isPostgres,
  jsonText,
  keyText,
  recordsQuery,
  within,
  withBreakdownKey,
} from './changeIndicatorSql';
import { recordFigure } from './recordFigures';

const releases = (db: Knex) => recordsQuery(db).where('r.type', 'release');

/**
 * Releases whose rollout started in the window (`startedAt`, written by
 * the start_rollout move) and that had a planned window.
 */
const rolloutsStarted = (db: Knex, window: IndicatorWindow) =>
  within(
    releases(db)
      .whereNotNull('r.window_start')
      // Starting the rollout is a write: the record was updated since.
      .where('r.updated_at', '>=', isoWindow(window).from),
    db,
    jsonText(db, 'startedAt'),
    window,
  );

const startedInWindow = (db: Knex) => {
  const started = epochOf(db, jsonText(db, 'startedAt'));
  return `${started} >= ${epochOf(
    db,
    'r.window_start',
  )} AND ${started} <= ${epochOf(db, 'r.window_end')}`;
};

/** Releases rolled back in the window (§7.3.4). */
const rolledBack = (db: Knex, window: IndicatorWindow) =>
  within(
    releases(db).where('r.state', 'rolled_back'),
    db,
    'r.closed_at',
    window,
  );

/**
 * Releases joined with each verification check of their package (§7.2.3)
 * as `v`: PostgreSQL's `jsonb_array_elements`, SQLite's `json_each`. A
 * check recorded again replaces the earlier result of its kind and item,
 * so a check is counted by its last result.
 */
function failedChecks(db: Knex, window: IndicatorWindow): Knex.QueryBuilder {
  const w = isoWindow(window);
  const from = isPostgres(db)
    ? db.raw(
        `itsm_records AS r CROSS JOIN LATERAL (SELECT r.fields::jsonb AS f OFFSET 0) AS rf CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(rf.f -> 'verification') = 'array' THEN rf.f -> 'verification' ELSE '[]'::jsonb END) AS v(check_json)`,
      )
    : db.raw(`itsm_records AS r, json_each(r.fields, '$.verification') AS v`);
  const check = isPostgres(db) ? 'v.check_json' : 'v.value';
  return db
    .from(from)
    .where('r.type', 'release')
    .where('r.updated_at', '>=', w.from)
    .whereRaw(`${jsonText(db, 'result', check)} = 'fail'`)
    .whereRaw(
      `${jsonText(db, 'at', check)} >= ? AND ${jsonText(db, 'at', check)} < ?`,
      [w.from, w.to],
    );
}

const failedVerifications: IndicatorComputation = {
  id: 'release-failed-verifications',
  async compute(db, window, scope) {
    const [row] = await applyScope(failedChecks(db, window), db, scope).count({
      n: '*',
    });
    const n = Number(row.n);
    return { value: n, sample: n };
  },
  async breakdown(
    db: Knex,
    window: IndicatorWindow,
    scope: IndicatorScope,
    by: IndicatorBreakdown,
  ) {
    const q = applyScope(failedChecks(db, window), db, scope);
    const key = withBreakdownKey(q, db, by);
    const rows: { k: unknown; n: unknown }[] = await q
      .count({ n: '*' })
      .groupByRaw(key);
    return rows
      .map(row => {
        const n = Number(row.n);
        const figure: IndicatorValue = { value: n, sample: n };
        return { key: keyText(row.k), figure };
      })
      .sort((a, b) => a.key.localeCompare(b.key));
  },
  records(db, window, scope, key) {
    return applyKey(
      applyScope(
        releases(db).whereIn('r.id', failedChecks(db, window).distinct('r.id')),
        db,
        scope,
      ),
      db,
      key,
    ).select('r.id', 'r.created_at');
  },
};

/** How the releases indicators of the catalogue are computed. */
export const releaseIndicators: IndicatorComputation[] = [
  recordFigure({
    id: 'release-on-time',
    kind: 'share',
    population: rolloutsStarted,
    numerator: startedInWindow,
  }),
  recordFigure({
    id: 'release-rolled-back',
    kind: 'count',
    population: rolledBack,
  }),
  failedVerifications,
];
