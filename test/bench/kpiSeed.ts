/*
 * The KPI benchmarks' data set (issue 21), written straight into a
 * PostgreSQL database by SQL (INSERT ... SELECT over generate_series) after
 * the plugin's migrations: `incidents`, `changes` and `releases` over the
 * year 2026 (or until `until`), each record affecting one of 5,000 services, incidents
 * confirmed as caused by changes, continuity records and the CMDB's index
 * and change history. Used by kpiBench.ts (the snapshot) and
 * kpiHttpBench.ts (the dashboard over HTTP).
 */
import path from 'node:path';
import type { Knex } from 'knex';

export type KpiDataSize = {
  incidents: number;
  changes: number;
  releases: number;
  /**
   * When the records end (ISO time): the whole year 2026 by default; the
   * HTTP benchmark ends them now, so the running month has no record
   * created after it is read.
   */
  until?: string;
};

const SERVICES = 5_000;
const root = path.resolve(__dirname, '../..');

const START = '2026-01-01T00:00:00Z';

/** Migrates and fills an empty database with the data set. */
export async function seedKpiData(knex: Knex, size: KpiDataSize) {
  const { incidents: INCIDENTS, changes: CHANGES, releases: RELEASES } = size;
  const seconds =
    (Date.parse(size.until ?? '2027-01-01T00:00:00Z') - Date.parse(START)) /
    1000;
  /** The time of the n-th of `total` records spread over the span, as SQL. */
  const spread = (total: number) =>
    `('${START}'::timestamptz + (n * (${seconds.toFixed(
      3,
    )} / ${total})) * interval '1 second')`;
  await knex.migrate.latest({
    directory: path.join(root, 'plugins/itsm-backend/migrations'),
    tableName: 'itsm_knex_migrations',
    loadExtensions: ['.js'],
  });
  await knex.raw(`CREATE FUNCTION iso(timestamptz) RETURNS text AS $$
    SELECT to_char($1 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  $$ LANGUAGE sql IMMUTABLE`);
  const common = `version, created_by, reported_by, description`;
  const commonValues = `1, 'user:default/bench', 'user:default/bench', 'seeded for the KPI benchmark'`;

  // Incidents: P1-P4, 20 groups; 2% open, the rest resolved 1-97 hours
  // after they were reported, two thirds of those closed two days later.
  await knex.raw(`
    INSERT INTO itsm_records (id, type, number, title, state, priority, fields,
      assignment_group, support_tier, channel, is_open, created_at, updated_at,
      accepted_at, resolved_at, first_resolved_at, closed_at, ${common})
    SELECT gen_random_uuid()::text, 'incident', n, 'Incident ' || n,
      CASE WHEN n % 50 = 0 THEN 'in_progress' WHEN n % 3 = 0 THEN 'resolved' ELSE 'closed' END,
      'P' || (1 + n % 4), '{"channel":"portal"}',
      'group:default/team-' || (n % 20), 'L1', 'portal', n % 50 = 0, t, t + h,
      t + interval '10 minutes',
      CASE WHEN n % 50 = 0 THEN NULL ELSE t + h END,
      CASE WHEN n % 50 = 0 THEN NULL ELSE t + h END,
      CASE WHEN n % 50 <> 0 AND n % 3 <> 0 THEN t + h + interval '2 days' END,
      ${commonValues}
    FROM (SELECT n, ${spread(INCIDENTS)} AS t,
            ((n % 97) + 1) * interval '1 hour' AS h
          FROM generate_series(1, ${INCIDENTS}) n) s`);

  // Changes: a tenth emergency, half standard; 90% closed three days after
  // the request (4% failed, 4% backed out), the rest rejected, cancelled or
  // being implemented. Fields as the change planner writes them.
  await knex.raw(`
    INSERT INTO itsm_records (id, type, number, title, state, priority, fields,
      assignment_group, is_open, created_at, updated_at, closed_at,
      window_start, window_end, ${common})
    SELECT gen_random_uuid()::text, 'change', n, 'Change ' || n, state, 'P3',
      json_build_object(
        'model', model,
        'changeType', CASE WHEN model = 'emergency' THEN 'emergency'
          ELSE (ARRAY['system', 'business', 'management'])[1 + n % 3] END,
        'submittedAt', iso(t + interval '1 hour'),
        'acceptanceDueAt', CASE WHEN model <> 'standard' THEN iso(t + interval '49 hours') END,
        'acceptedAt', CASE WHEN model <> 'standard' AND state <> 'rejected'
          THEN iso(t + (n % 72) * interval '1 hour') END,
        'startedAt', iso(t + interval '2 days'),
        'completedAt', CASE WHEN model = 'emergency' THEN iso(t + interval '2 days 2 hours') END,
        'outcome', CASE WHEN state = 'closed' THEN
          CASE n % 25 WHEN 0 THEN 'failed' WHEN 1 THEN 'backed_out'
            WHEN 2 THEN 'successful_with_issues' ELSE 'successful' END END
      )::text,
      'group:default/change-managers', state = 'implementing', t,
      t + interval '3 days',
      CASE WHEN state IN ('closed', 'rejected', 'cancelled') THEN t + interval '3 days' END,
      t + interval '2 days', t + interval '2 days 2 hours', ${commonValues}
    FROM (SELECT n, t,
            CASE WHEN n % 10 = 0 THEN 'emergency' WHEN n % 10 < 5 THEN 'standard'
              ELSE 'normal' END AS model,
            CASE n % 20 WHEN 3 THEN 'rejected' WHEN 4 THEN 'cancelled'
              WHEN 5 THEN 'implementing' ELSE 'closed' END AS state
          FROM (SELECT n, ${spread(CHANGES)} AS t
                FROM generate_series(1, ${CHANGES}) n) a) s`);

  // Releases: 70% released five days after planning, a tenth rolled back
  // the day after, the rest cancelled or rolling out; a quarter started
  // after their window; one check in seven failed.
  await knex.raw(`
    INSERT INTO itsm_records (id, type, number, title, state, priority, fields,
      assignment_group, is_open, created_at, updated_at, closed_at,
      window_start, window_end, ${common})
    SELECT gen_random_uuid()::text, 'release', n, 'Release ' || n, state, 'P3',
      json_build_object(
        'verification', json_build_array(
          json_build_object('kind', 'function', 'item', 'smoke', 'result', 'pass',
            'by', 'user:default/bench', 'at', iso(t + interval '1 day')),
          json_build_object('kind', 'performance', 'item', 'p95',
            'result', CASE WHEN n % 7 = 0 THEN 'fail' ELSE 'pass' END,
            'by', 'user:default/bench', 'at', iso(t + interval '1 day'))),
        'startedAt', CASE WHEN state <> 'cancelled'
          THEN iso(t + interval '5 days' + (n % 4) * interval '1 hour') END,
        'releasedAt', CASE WHEN state IN ('released', 'rolled_back')
          THEN iso(t + interval '5 days 5 hours') END,
        'rolledBackAt', CASE WHEN state = 'rolled_back' THEN iso(t + interval '6 days') END
      )::text,
      'group:default/release-managers', state = 'rolling_out', t, t + interval '6 days',
      CASE WHEN state = 'released' THEN t + interval '5 days 5 hours'
        WHEN state IN ('rolled_back', 'cancelled') THEN t + interval '6 days' END,
      t + interval '5 days', t + interval '5 days 2 hours', ${commonValues}
    FROM (SELECT n, ${spread(RELEASES)} AS t,
            CASE n % 10 WHEN 0 THEN 'rolled_back' WHEN 1 THEN 'cancelled'
              WHEN 2 THEN 'rolling_out' ELSE 'released' END AS state
          FROM generate_series(1, ${RELEASES}) n) s`);

  // Continuity: an analysis of a fifth of the services, a plan in force for
  // three in five of those, two exercises planned for each a year.
  const analysed = SERVICES / 5;
  await knex.raw(`
    INSERT INTO itsm_records (id, type, number, title, state, priority, fields,
      is_open, created_at, updated_at, closed_at, ${common})
    SELECT gen_random_uuid()::text, type, n, type || ' ' || n, state, 'P3', fields,
      false, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', closed, ${commonValues}
    FROM (
      SELECT 'impact-analysis' AS type, n, 'approved' AS state, '{}' AS fields,
        NULL::timestamptz AS closed
      FROM generate_series(1, ${analysed}) n
      UNION ALL
      SELECT 'continuity-plan', n, CASE WHEN n % 5 < 3 THEN 'active' ELSE 'draft' END,
        '{}', NULL FROM generate_series(1, ${analysed}) n
      UNION ALL
      SELECT 'exercise', n, CASE WHEN n % 4 = 0 THEN 'planned' ELSE 'completed' END,
        json_build_object('plannedStart', iso(${spread(analysed * 2)}),
          'measurement', json_build_object('rtoMinutes', 60,
            'withinRto', n % 3 <> 0))::text,
        CASE WHEN n % 4 <> 0 THEN ${spread(analysed * 2)} + interval '1 day' END
      FROM generate_series(1, ${analysed * 2}) n) s`);

  // Each record affects one of the services.
  await knex.raw(`
    INSERT INTO itsm_record_entities (record_id, entity_ref, record_type, record_number)
    SELECT id, 'component:default/svc-' || (number % ${SERVICES}), type, number
    FROM itsm_records`);
  await knex.raw(`
    INSERT INTO itsm_entity_owners (entity_ref, owner_ref, synced_at)
    SELECT 'component:default/svc-' || n, 'group:default/team-' || (n % 20), now()
    FROM generate_series(0, ${SERVICES - 1}) n`);
  // One change in fifty caused an incident, confirmed the day after it closed.
  await knex.raw(`
    INSERT INTO itsm_record_links (id, source_id, target_id, kind, created_by, created_at)
    SELECT gen_random_uuid()::text, i.id, c.id, 'caused-by', 'user:default/bench',
      c.created_at + interval '4 days'
    FROM itsm_records c
    JOIN itsm_records i ON i.type = 'incident' AND i.number = c.number * 10
    WHERE c.type = 'change' AND c.number % 50 = 0`);

  // The CMDB's index of the services and ten changes found to each a year,
  // one in ten unauthorised.
  await knex.raw(`
    INSERT INTO itsm_ci_snapshots (entity_ref, etag, snapshot, seen_at, kind, title,
      ci_class, classified, owner, support_group, changed_at)
    SELECT 'component:default/svc-' || n, 'e', '{}', now(), 'component', 'svc-' || n,
      'software/service', n % 10 <> 0,
      CASE WHEN n % 25 <> 0 THEN 'group:default/team-' || (n % 20) END,
      CASE WHEN n % 8 <> 0 THEN 'group:default/team-' || (n % 20) END,
      ${spread(SERVICES)}
    FROM generate_series(0, ${SERVICES - 1}) n`);
  await knex.raw(`
    INSERT INTO itsm_ci_changes (entity_ref, kind, differences, unauthorized, detected_at)
    SELECT 'component:default/svc-' || (n % ${SERVICES}), 'modified', '[]', n % 10 = 0,
      ${spread(SERVICES * 10)}
    FROM generate_series(1, ${SERVICES * 10}) n`);

  await knex.raw('VACUUM ANALYZE');
  await knex.raw('CHECKPOINT');
}
