import type { IndicatorId } from '@backstage-itsm/plugin-itsm-common';
import type { Knex } from 'knex';
import type {
  IndicatorBreakdownRow,
  IndicatorComputation,
  IndicatorValue,
  IndicatorWindow,
} from './IndicatorComputation';
import {
  applyKey,
  applyScope,
  isPostgres,
  keyText,
  median,
  percent,
  weeksOf,
  withBreakdownKey,
} from './changeIndicatorSql';

/**
 * The records an indicator counts in a window, as a query on
 * `itsm_records as r` (no select): e.g. the changes closed in it.
 */
export type Population = (
  db: Knex,
  window: IndicatorWindow,
) => Knex.QueryBuilder;

/**
 * An indicator that counts records: how many (`count`), how many per week
 * (`per-week`), or the share in percent of those for which `numerator`
 * (SQL, a condition on `r`) holds (`share`).
 */
export function recordFigure(spec: {
  id: IndicatorId;
  population: Population;
  kind: 'count' | 'per-week' | 'share';
  numerator?: (db: Knex) => string;
}): IndicatorComputation {
  const sums = (db: Knex) =>
    spec.numerator
      ? [
          db.raw('COUNT(*) AS n'),
          db.raw(`SUM(CASE WHEN ${spec.numerator(db)} THEN 1 ELSE 0 END) AS p`),
        ]
      : [db.raw('COUNT(*) AS n')];
  const figure = (
    window: IndicatorWindow,
    row?: { n: unknown; p?: unknown },
  ): IndicatorValue => {
    const n = Number(row?.n ?? 0);
    if (spec.kind === 'count') return { value: n, sample: n };
    if (spec.kind === 'per-week') {
      return { value: n / weeksOf(window), numerator: n, sample: n };
    }
    const p = Number(row?.p ?? 0);
    return { value: percent(p, n), numerator: p, denominator: n, sample: n };
  };
  return {
    id: spec.id,
    async compute(db, window, scope) {
      const [row] = await applyScope(
        spec.population(db, window),
        db,
        scope,
      ).select(sums(db));
      return figure(window, row);
    },
    async breakdown(db, window, scope, by) {
      const q = applyScope(spec.population(db, window), db, scope);
      const key = withBreakdownKey(q, db, by);
      const rows = await q.select(sums(db)).groupByRaw(key);
      return rows
        .map(
          (row: {
            k: unknown;
            n: unknown;
            p?: unknown;
          }): IndicatorBreakdownRow => ({
            key: keyText(row.k),
            figure: figure(window, row),
          }),
        )
        .sort((a: IndicatorBreakdownRow, b: IndicatorBreakdownRow) =>
          a.key.localeCompare(b.key),
        );
    },
    records(db, window, scope, key) {
      return applyKey(
        applyScope(spec.population(db, window), db, scope),
        db,
        key,
      ).select('r.id', 'r.created_at');
    },
  };
}

/**
 * An indicator that is the median duration, in hours, of the records of
 * a population: `seconds` (SQL on `r`) is each one's duration. PostgreSQL
 * takes the median itself (`percentile_cont`); SQLite, which has no such
 * aggregate, returns the month's durations and the median is taken here.
 */
export function medianHoursFigure(spec: {
  id: IndicatorId;
  population: Population;
  seconds: (db: Knex) => string;
}): IndicatorComputation {
  const figure = (m: number | null, sample: number): IndicatorValue => ({
    value: m === null || sample === 0 ? null : m / 3600,
    sample,
  });
  const aggregates = (db: Knex) => [
    db.raw(
      `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${spec.seconds(db)}) AS m`,
    ),
    db.raw('COUNT(*) AS n'),
  ];
  return {
    id: spec.id,
    async compute(db, window, scope) {
      const q = applyScope(spec.population(db, window), db, scope);
      if (isPostgres(db)) {
        const [row] = await q.select(aggregates(db));
        return figure(row.m === null ? null : Number(row.m), Number(row.n));
      }
      const rows: { s: unknown }[] = await q.select(
        db.raw(`${spec.seconds(db)} AS s`),
      );
      const seconds = rows.map(r => Number(r.s));
      return figure(median(seconds), seconds.length);
    },
    async breakdown(db, window, scope, by) {
      const q = applyScope(spec.population(db, window), db, scope);
      const key = withBreakdownKey(q, db, by);
      if (isPostgres(db)) {
        const rows: { k: unknown; m: unknown; n: unknown }[] = await q
          .select(aggregates(db))
          .groupByRaw(key);
        return rows
          .map(row => ({
            key: keyText(row.k),
            figure: figure(
              row.m === null ? null : Number(row.m),
              Number(row.n),
            ),
          }))
          .sort((a, b) => a.key.localeCompare(b.key));
      }
      const rows: { k: unknown; s: unknown }[] = await q.select(
        db.raw(`${spec.seconds(db)} AS s`),
      );
      const byKey = new Map<string, number[]>();
      for (const row of rows) {
        const k = keyText(row.k);
        const seconds = byKey.get(k) ?? [];
        seconds.push(Number(row.s));
        byKey.set(k, seconds);
      }
      return [...byKey.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, seconds]) => ({
          key: k,
          figure: figure(median(seconds), seconds.length),
        }));
    },
    records(db, window, scope, key) {
      return applyKey(
        applyScope(spec.population(db, window), db, scope),
        db,
        key,
      ).select('r.id', 'r.created_at');
    },
  };
}
