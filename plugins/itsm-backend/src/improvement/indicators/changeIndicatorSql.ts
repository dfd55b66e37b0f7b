import type { IndicatorBreakdown } from '@backstage-itsm/plugin-itsm-common';
import type { Knex } from 'knex';
import type { IndicatorScope, IndicatorWindow } from './IndicatorComputation';

/*
 * The SQL the change, release, configuration, continuity and DORA
 * indicators share, on SQLite and PostgreSQL: a JSON field of a record
 * (`itsm_records.fields`, text on both), times as epoch seconds, the
 * scope (portal, assignment group, affected service) and the breakdown
 * keys. Queries read `itsm_records` as `r`.
 */

export function isPostgres(db: Knex): boolean {
  return db.client.config.client === 'pg';
}

const PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/**
 * `itsm_records as r`, on PostgreSQL with its fields parsed once per row
 * as `rf.f` (jsonb; `OFFSET 0` keeps the planner from copying the parse
 * into every expression that reads a field, which costs a parse each).
 */
export function recordsQuery(db: Knex): Knex.QueryBuilder {
  return isPostgres(db)
    ? db.from(
        db.raw(
          'itsm_records AS r CROSS JOIN LATERAL (SELECT r.fields::jsonb AS f OFFSET 0) AS rf',
        ),
      )
    : db('itsm_records as r');
}

/**
 * SQL of a field of a record's fields (of a query from `recordsQuery`), or
 * of another JSON column, as text (`null` when absent), by a dotted path
 * such as `measurement.withinRto`.
 */
export function jsonText(db: Knex, path: string, column?: string): string {
  if (!PATH.test(path)) throw new Error(`Bad JSON path ${path}`);
  if (!isPostgres(db)) {
    return `json_extract(${column ?? 'r.fields'}, '$.${path}')`;
  }
  const json = column ? `${column}::jsonb` : 'rf.f';
  return `(${json} #>> '{${path.split('.').join(',')}}')`;
}

/** SQL that is true when a JSON field is the boolean `true`. */
export function jsonTrue(db: Knex, path: string, column?: string): string {
  return isPostgres(db)
    ? `${jsonText(db, path, column)} = 'true'`
    : `${jsonText(db, path, column)} = 1`;
}

/**
 * SQL of the epoch seconds of an ISO time: a timestamp column, or JSON
 * text as `jsonText` gives it (ISO 8601 in UTC, as the product writes).
 */
export function epochOf(db: Knex, expression: string): string {
  return isPostgres(db)
    ? `EXTRACT(EPOCH FROM (${expression})::timestamptz)`
    : // Whole seconds, then the milliseconds (julianday's float loses them).
      `(CAST(strftime('%s', ${expression}) AS REAL) + CAST(strftime('%f', ${expression}) AS REAL) - CAST(strftime('%S', ${expression}) AS REAL))`;
}

/**
 * The window as the product writes times (`toISOString`): JSON times and
 * SQLite's timestamp text then compare as text in the same order as in
 * time, and PostgreSQL's timestamps compare with it as instants.
 */
export function isoWindow(window: IndicatorWindow): IndicatorWindow {
  return {
    from: new Date(window.from).toISOString(),
    to: new Date(window.to).toISOString(),
  };
}

/** Weeks in a window, for rates per week. */
export function weeksOf(window: IndicatorWindow): number {
  return (Date.parse(window.to) - Date.parse(window.from)) / (7 * 86_400_000);
}

/**
 * Keeps the rows of a column (or JSON text) in the half-open window (the
 * same SQL on both databases; `db` for the callers' symmetry).
 */
export function within(
  q: Knex.QueryBuilder,
  _db: Knex,
  expression: string,
  window: IndicatorWindow,
): Knex.QueryBuilder {
  const w = isoWindow(window);
  return q.whereRaw(`${expression} >= ? AND ${expression} < ?`, [w.from, w.to]);
}

/**
 * Keeps the records of the scope: a group's are those assigned to it, a
 * service's those that affect the entity (`itsm_record_entities`).
 */
export function applyScope(
  q: Knex.QueryBuilder,
  db: Knex,
  scope: IndicatorScope,
): Knex.QueryBuilder {
  if (scope.kind === 'group') {
    return q.where('r.assignment_group', scope.ref);
  }
  if (scope.kind === 'service') {
    return q.whereIn(
      'r.id',
      db('itsm_record_entities')
        .select('record_id')
        .where('entity_ref', scope.ref),
    );
  }
  return q;
}

/** SQL of a record's key for a breakdown that reads a column or field. */
function keyColumn(db: Knex, by: IndicatorBreakdown): string {
  switch (by) {
    case 'group':
      return 'r.assignment_group';
    case 'priority':
      return 'r.priority';
    case 'type':
      return jsonText(db, 'changeType');
    case 'model':
      return jsonText(db, 'model');
    default:
      return 'be.entity_ref';
  }
}

/**
 * Adds a breakdown's key to a query as `k`: a service's through the
 * entities the record affects (a record affecting two counts under both).
 * Returns the SQL of the key, to group by.
 */
export function withBreakdownKey(
  q: Knex.QueryBuilder,
  db: Knex,
  by: IndicatorBreakdown,
): string {
  if (by === 'service') {
    q.join('itsm_record_entities as be', 'be.record_id', 'r.id');
  }
  const key = keyColumn(db, by);
  q.select(db.raw(`${key} AS k`));
  return key;
}

/** Keeps the records of one breakdown row (the drill-down of a row). */
export function applyKey(
  q: Knex.QueryBuilder,
  db: Knex,
  key?: { by: IndicatorBreakdown; value: string },
): Knex.QueryBuilder {
  if (!key) return q;
  if (key.by === 'service') {
    return q.whereIn(
      'r.id',
      db('itsm_record_entities')
        .select('record_id')
        .where('entity_ref', key.value),
    );
  }
  return q.whereRaw(`${keyColumn(db, key.by)} = ?`, [key.value]);
}

/** A breakdown row's key as text (`none` for records without one). */
export function keyText(key: unknown): string {
  return key === null || key === undefined || key === '' ? 'none' : String(key);
}

/** The median of numbers, `null` of none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A share in percent; `null` of nothing. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}
