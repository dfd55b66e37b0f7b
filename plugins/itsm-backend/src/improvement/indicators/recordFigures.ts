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
      ).select('r.id');
    },
  };
}

/**
 * An indicator that is the median duration, in hours, of the records of
 * a population: `seconds` (SQL on `r`) is each one's duration.
 */
export function medianHoursFigure(spec: {
  id: IndicatorId;
  population: Population;
  seconds: (db: Knex) => string;
}): IndicatorComputation {
  const figure = (seconds: number[]): IndicatorValue => {
    const m = median(seconds);
    return {
      value: m === null ? null : m / 3600,
      sample: seconds.length,
    };
  };
  return {
    id: spec.id,
    async compute(db, window, scope) {
      const rows: { s: unknown }[] = await applyScope(
        spec.population(db, window),
        db,
        scope,
      ).select(db.raw(`${spec.seconds(db)} AS s`));
      return figure(rows.map(r => Number(r.s)));
    },
    async breakdown(db, window, scope, by) {
      const q = applyScope(spec.population(db, window), db, scope);
      withBreakdownKey(q, db, by);
      const rows: { k: unknown; s: unknown }[] = await q.select(
        db.raw(`${spec.seconds(db)} AS s`),
      );
      const byKey = new Map<string, number[]>();
      for (const row of rows) {
        const key = keyText(row.k);
        const seconds = byKey.get(key) ?? [];
        seconds.push(Number(row.s));
        byKey.set(key, seconds);
      }
      return [...byKey.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, seconds]) => ({ key, figure: figure(seconds) }));
    },
    records(db, window, scope, key) {
      return applyKey(
        applyScope(spec.population(db, window), db, scope),
        db,
        key,
      ).select('r.id');
    },
  };
}
