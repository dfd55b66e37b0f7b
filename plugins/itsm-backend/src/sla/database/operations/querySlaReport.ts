import { Knex } from 'knex';
import { SlaReportQuery, SlaReportRows } from '../../model/slaReportModel';
import { applyRecordFilter } from '../../../core/database/operations/applyRecordFilter';
import { toIso } from '../../../core/database/operations/rowMapping';

const isPostgres = (db: Knex) => db.client.config.client === 'pg';

/** The UTC month of a timestamp column, as YYYY-MM. */
function monthOf(db: Knex, column: string): Knex.Raw {
  return isPostgres(db)
    ? db.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM')`)
    : db.raw(`substr(${column}, 1, 7)`);
}

/** 1 for a met clock, as each database writes booleans. */
const TRUE = (db: Knex) => (isPostgres(db) ? 'TRUE' : '1');
const FALSE = (db: Knex) => (isPostgres(db) ? 'FALSE' : '0');

/** How much of its target a stopped clock used, in six buckets (0-5). */
function shareBucket(): string {
  const share = '(c.elapsed_ms * 1.0 / (c.target_minutes * 60000))';
  return `CASE WHEN ${share} <= 0.25 THEN 0 WHEN ${share} <= 0.5 THEN 1 WHEN ${share} <= 0.75 THEN 2 WHEN ${share} <= 1 THEN 3 WHEN ${share} <= 1.5 THEN 4 ELSE 5 END`;
}

/** Most open incidents at risk a report lists. */
const AT_RISK_LIMIT = 100;

/**
 * The aggregates of a service level report (§8.3), in SQL on SQLite and
 * PostgreSQL: the clocks of incidents opened in the range by outcome and
 * by month, kind, priority, group and affected entity; how much of their
 * target stopped clocks used; the ratings of incidents under each
 * agreement; and the open incidents breached or at risk now.
 */
export async function querySlaReport(
  db: Knex,
  query: SlaReportQuery,
): Promise<SlaReportRows> {
  const clocks = () => {
    const q = db('itsm_sla_clocks as c')
      .join('itsm_records as r', 'r.id', 'c.record_id')
      .where('r.type', 'incident');
    if (query.anyOfEntityRefs) {
      q.whereIn(
        'r.id',
        db('itsm_record_entities')
          .select('record_id')
          .where('record_type', 'incident')
          .whereIn('entity_ref', query.anyOfEntityRefs),
      );
    }
    if (query.assignmentGroups) {
      q.whereIn('r.assignment_group', query.assignmentGroups);
    }
    if (query.filter) {
      const filter = query.filter;
      q.where(inner => applyRecordFilter(inner, db, filter));
    }
    return q;
  };
  const opened = () =>
    clocks()
      .where('c.started_at', '>=', query.from)
      .where('c.started_at', '<', query.to);

  const breached = `(c.breached_at IS NOT NULL OR c.met = ${FALSE(db)})`;
  const met = `(c.met = ${TRUE(db)} AND c.breached_at IS NULL)`;
  const outcomeColumns = () => [
    db.raw(`SUM(CASE WHEN ${met} THEN 1 ELSE 0 END) AS met`),
    db.raw(`SUM(CASE WHEN ${breached} THEN 1 ELSE 0 END) AS breached`),
    db.raw('COUNT(*) AS clocks'),
  ];
  const outcomeRows: Record<string, unknown>[] = await opened()
    .select({
      month: monthOf(db, 'c.started_at'),
      kind: 'c.kind',
      priority: 'c.priority',
      assignmentGroup: 'r.assignment_group',
      agreementId: 'c.agreement_id',
    })
    .select(outcomeColumns())
    .whereNotNull('c.target_minutes')
    .groupBy(
      'month',
      'c.kind',
      'c.priority',
      'r.assignment_group',
      'c.agreement_id',
    );
  // An incident on several entities counts for each of them here.
  const serviceRows: Record<string, unknown>[] = await opened()
    .join('itsm_record_entities as e', 'e.record_id', 'r.id')
    .select({ kind: 'c.kind', entityRef: 'e.entity_ref' })
    .select(outcomeColumns())
    .whereNotNull('c.target_minutes')
    .groupBy('c.kind', 'e.entity_ref');

  const durationRows: Record<string, unknown>[] = await opened()
    .where('c.phase', 'stopped')
    .whereNotNull('c.target_minutes')
    .whereNot('r.state', 'cancelled')
    .select({ kind: 'c.kind', bucket: db.raw(shareBucket()) })
    .count({ n: '*' })
    .groupBy('c.kind', 'bucket');

  const ratingRows: Record<string, unknown>[] = await opened()
    .where('c.kind', 'restore')
    .whereNotNull('r.satisfaction_rating')
    .select({ agreementId: 'c.agreement_id' })
    .select(
      db.raw(
        'SUM(CASE WHEN r.satisfaction_rating >= 4 THEN 1 ELSE 0 END) AS satisfied',
      ),
      db.raw('COUNT(*) AS rated'),
    )
    .groupBy('c.agreement_id');

  const riskRows: Record<string, unknown>[] = await clocks()
    .where('r.is_open', true)
    .whereIn('c.phase', ['running', 'paused'])
    .where(q => q.where('c.crossed', '>=', 75).orWhereNotNull('c.breached_at'))
    .orderBy([
      { column: 'c.due_at', order: 'asc' },
      { column: 'r.number', order: 'asc' },
    ])
    .limit(AT_RISK_LIMIT)
    .select({
      recordId: 'r.id',
      number: 'r.number',
      title: 'r.title',
      priority: 'r.priority',
      assignmentGroup: 'r.assignment_group',
      kind: 'c.kind',
      crossed: 'c.crossed',
      dueAt: 'c.due_at',
      breachedAt: 'c.breached_at',
      agreementId: 'c.agreement_id',
      phase: 'c.phase',
    });

  const text = (v: unknown) =>
    v === null || v === undefined ? null : String(v);
  const counts = (row: Record<string, unknown>) => ({
    met: Number(row.met),
    breached: Number(row.breached),
    clocks: Number(row.clocks),
  });
  return {
    outcomes: outcomeRows.map(row => ({
      month: String(row.month),
      kind: String(row.kind),
      priority: String(row.priority),
      assignmentGroup: text(row.assignmentGroup),
      agreementId: String(row.agreementId),
      ...counts(row),
    })),
    services: serviceRows.map(row => ({
      kind: String(row.kind),
      entityRef: String(row.entityRef),
      ...counts(row),
    })),
    durations: durationRows.map(row => ({
      kind: String(row.kind),
      bucket: Number(row.bucket),
      count: Number(row.n),
    })),
    ratings: ratingRows.map(row => ({
      agreementId: String(row.agreementId),
      satisfied: Number(row.satisfied),
      rated: Number(row.rated),
    })),
    atRisk: riskRows.map(row => ({
      recordId: String(row.recordId),
      number: Number(row.number),
      title: String(row.title),
      priority: String(row.priority),
      assignmentGroup: text(row.assignmentGroup),
      kind: String(row.kind),
      crossed: Number(row.crossed),
      agreementId: String(row.agreementId),
      phase: String(row.phase),
      ...(row.dueAt ? { dueAt: toIso(row.dueAt as string) } : {}),
      ...(row.breachedAt
        ? { breachedAt: toIso(row.breachedAt as string) }
        : {}),
    })),
  };
}
