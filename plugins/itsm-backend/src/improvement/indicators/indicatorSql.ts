import type {
  IndicatorBreakdown,
  IndicatorId,
} from '@backstage-itsm/plugin-itsm-common';
import type { Knex } from 'knex';
import type {
  IndicatorBreakdownRow,
  IndicatorComputation,
  IndicatorScope,
  IndicatorValue,
  IndicatorWindow,
} from './IndicatorComputation';

/*
 * The SQL every indicator computation shares, on SQLite and PostgreSQL.
 * Queries are over `itsm_records as r` (joined to other tables as the
 * indicator needs); a figure is a `Measure` of the rows of a base query;
 * `simpleIndicator` makes a whole computation (figure, breakdown and
 * drill-down) from a base query and a measure.
 */

/** Whether the database is PostgreSQL (else SQLite). */
export function isPostgres(db: Knex): boolean {
  return db.client.config.client === 'pg';
}

/** SQL: seconds from one timestamp column to another. */
export function secondsBetween(db: Knex, from: string, to: string): string {
  return isPostgres(db)
    ? `EXTRACT(EPOCH FROM (${to} - ${from}))`
    : `((julianday(${to}) - julianday(${from})) * 86400)`;
}

/**
 * SQL: seconds from a timestamp column to a fixed instant given as a
 * binding (`?`, an ISO time): pass the instant in the measure's bindings.
 */
export function secondsUntilBinding(db: Knex, from: string): string {
  return isPostgres(db)
    ? `EXTRACT(EPOCH FROM (CAST(? AS timestamptz) - ${from}))`
    : `((julianday(?) - julianday(${from})) * 86400)`;
}

/**
 * SQL: one top-level key of a JSON text column (`r.fields`) as text; the
 * key is a plain identifier (letters and digits), never user input.
 * Booleans read 'true'/'false' on PostgreSQL and 1/0 on SQLite: compare
 * them with {@link jsonTrue}.
 */
export function jsonText(db: Knex, column: string, key: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) {
    throw new Error(`Not a JSON key: ${key}`);
  }
  return isPostgres(db)
    ? `(${column}::jsonb->>'${key}')`
    : `json_extract(${column}, '$.${key}')`;
}

/** SQL: a JSON boolean key of a text column is true. */
export function jsonTrue(db: Knex, column: string, key: string): string {
  return isPostgres(db)
    ? `(${column}::jsonb->>'${key}') = 'true'`
    : `json_extract(${column}, '$.${key}') = 1`;
}

/** SQL: a boolean column is true (PostgreSQL booleans, SQLite 1/0). */
export function isTrue(db: Knex, column: string): string {
  return isPostgres(db) ? `${column} = true` : `${column} = 1`;
}

/**
 * Narrows a query over `itsm_records as <alias>` to a scope: a group's
 * records (`assignment_group`), or a service's (the records affecting
 * that catalog entity); the portal is everything.
 */
export function applyScope(
  query: Knex.QueryBuilder,
  db: Knex,
  scope: IndicatorScope,
  alias = 'r',
): Knex.QueryBuilder {
  if (scope.kind === 'group') {
    query.where(`${alias}.assignment_group`, scope.ref);
  } else if (scope.kind === 'service') {
    query.whereIn(
      `${alias}.id`,
      db('itsm_record_entities')
        .select('record_id')
        .where('entity_ref', scope.ref),
    );
  }
  return query;
}

/** Narrows a query to the rows whose timestamp column falls in the window. */
export function applyWindow(
  query: Knex.QueryBuilder,
  column: string,
  window: IndicatorWindow,
): Knex.QueryBuilder {
  return query.where(column, '>=', window.from).where(column, '<', window.to);
}

/** The key of a breakdown row for records without a group (or service). */
export const NO_KEY = 'none';

/**
 * How each breakdown keys a row: an SQL expression over `r`; `service`
 * joins the record's entities (a record affecting two services counts in
 * each). Processes with other breakdowns (a change's type or model) pass
 * their own expressions.
 */
export type BreakdownColumns = Partial<
  Record<IndicatorBreakdown, (db: Knex) => string>
>;

const defaultColumns: BreakdownColumns = {
  group: () => 'r.assignment_group',
  priority: () => 'r.priority',
  service: () => 'ke.entity_ref',
};

function columnOf(db: Knex, by: IndicatorBreakdown, columns: BreakdownColumns) {
  const column = columns[by] ?? defaultColumns[by];
  if (!column) throw new Error(`No breakdown column for ${by}`);
  return column(db);
}

function joinFor(query: Knex.QueryBuilder, by: IndicatorBreakdown) {
  if (by === 'service') {
    query.join('itsm_record_entities as ke', 'ke.record_id', 'r.id');
  }
  return query;
}

/** Narrows a drill-down query to one breakdown row's records. */
export function applyBreakdownKey(
  query: Knex.QueryBuilder,
  db: Knex,
  key: { by: IndicatorBreakdown; value: string },
  columns: BreakdownColumns = {},
): Knex.QueryBuilder {
  if (key.by === 'service') {
    return query.whereIn(
      'r.id',
      db('itsm_record_entities')
        .select('record_id')
        .where('entity_ref', key.value),
    );
  }
  const column = columnOf(db, key.by, columns);
  return key.value === NO_KEY
    ? query.whereRaw(`${column} IS NULL`)
    : query.whereRaw(`${column} = ?`, [key.value]);
}

/**
 * What a figure is of the rows of its base query: how many (`count`), a
 * mean duration (`mean`, seconds divided by `per`: 3600 for hours, 86400
 * for days), or the share in percent of those matching a condition
 * (`share`). `bindings` are the `?` of the SQL, in order.
 */
export type Measure =
  | { kind: 'count' }
  | { kind: 'mean'; seconds: string; per: number; bindings?: unknown[] }
  | { kind: 'share'; when: string; bindings?: unknown[] }
  /** `numerator / denominator`, two SQL aggregates (e.g. COUNT(DISTINCT i.id)). */
  | { kind: 'ratio'; numerator: string; denominator: string };

function selectMeasure(db: Knex, measure: Measure): Knex.Raw[] {
  const n = db.raw('COUNT(*) AS n');
  switch (measure.kind) {
    case 'count':
      return [n];
    case 'mean':
      return [
        n,
        db.raw(`SUM(${measure.seconds}) AS s`, (measure.bindings ?? []) as any),
      ];
    case 'share':
      return [
        n,
        db.raw(
          `SUM(CASE WHEN ${measure.when} THEN 1 ELSE 0 END) AS s`,
          (measure.bindings ?? []) as any,
        ),
      ];
    case 'ratio':
      return [
        db.raw(`${measure.denominator} AS n`),
        db.raw(`${measure.numerator} AS s`),
      ];
    default:
      throw new Error('Unknown measure');
  }
}

/** Rounds a figure to what a dashboard shows (two decimals). */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function valueOf(
  measure: Measure,
  row: { n?: unknown; s?: unknown } | undefined,
): IndicatorValue {
  const n = Number(row?.n ?? 0);
  const s = Number(row?.s ?? 0);
  switch (measure.kind) {
    case 'count':
      return { value: n, sample: n };
    case 'mean':
      return { value: n === 0 ? null : round(s / n / measure.per), sample: n };
    case 'share':
      return {
        value: n === 0 ? null : round((100 * s) / n),
        numerator: s,
        denominator: n,
        sample: n,
      };
    case 'ratio':
      return {
        value: n === 0 ? null : round(s / n),
        numerator: s,
        denominator: n,
        sample: n,
      };
    default:
      throw new Error('Unknown measure');
  }
}

/** The figure of a measure over the rows of a query. */
export async function measureRows(
  db: Knex,
  query: Knex.QueryBuilder,
  measure: Measure,
): Promise<IndicatorValue> {
  const [row] = await query
    .clone()
    .clearSelect()
    .select(selectMeasure(db, measure));
  return valueOf(measure, row);
}

/** The figure of a measure over the rows of a query, per breakdown key. */
export async function measureRowsBy(
  db: Knex,
  query: Knex.QueryBuilder,
  measure: Measure,
  by: IndicatorBreakdown,
  columns: BreakdownColumns = {},
): Promise<IndicatorBreakdownRow[]> {
  const column = columnOf(db, by, columns);
  const rows: { k: unknown; n: unknown; s?: unknown }[] = await joinFor(
    query.clone().clearSelect(),
    by,
  )
    .select(db.raw(`${column} AS k`), ...selectMeasure(db, measure))
    .groupByRaw(column);
  return rows.map(row => ({
    key: row.k === null || row.k === undefined ? NO_KEY : String(row.k),
    figure: valueOf(measure, row),
  }));
}

/**
 * An indicator computed as a measure of the rows of one base query over
 * `itsm_records as r` (already narrowed to the window and scope): its
 * figure, breakdown and drill-down (the distinct `r.id` of the rows).
 */
export function simpleIndicator(options: {
  id: IndicatorId;
  base(
    db: Knex,
    window: IndicatorWindow,
    scope: IndicatorScope,
  ): Knex.QueryBuilder;
  measure(db: Knex, window: IndicatorWindow): Measure;
  columns?: BreakdownColumns;
  /**
   * The base query has one row per record (it joins nothing that repeats
   * one), so the drill-down lists its rows without a `DISTINCT`, which at
   * a month of a million incidents took most of its time.
   */
  oneRowPerRecord?: boolean;
}): IndicatorComputation {
  const { id, base, measure, columns, oneRowPerRecord } = options;
  return {
    id,
    compute: (db, window, scope) =>
      measureRows(db, base(db, window, scope), measure(db, window)),
    breakdown: (db, window, scope, by) =>
      measureRowsBy(
        db,
        base(db, window, scope),
        measure(db, window),
        by,
        columns,
      ),
    records: (db, window, scope, key) => {
      const query = base(db, window, scope).clearSelect();
      if (oneRowPerRecord) query.select('r.id', 'r.created_at');
      else query.distinct('r.id', 'r.created_at');
      return key ? applyBreakdownKey(query, db, key, columns) : query;
    },
  };
}

/** `itsm_records as r` of one type, in a scope. */
export function recordsOf(
  db: Knex,
  type: string,
  scope: IndicatorScope,
): Knex.QueryBuilder {
  return applyScope(db('itsm_records as r').where('r.type', type), db, scope);
}
