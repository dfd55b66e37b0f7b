/*
 * The breach scan at scale (issue 7's benchmark): one tick of
 * SlaBreachScanTask over N open incidents under an agreement (default
 * 100,000), of which 1% crossed a threshold since the last tick: a third
 * at 50%, a third at 75%, a third breached (each breach raises its
 * incident a support tier, as the demo configures). On PostgreSQL.
 *
 * Measures, in the same run and on the same data, the median of a few
 * ticks (the crossings are put back between them):
 *   - floor: what the database needs at least: find the due clocks by
 *     their index, mark them crossed and write one timeline event each,
 *     in one transaction, through Knex;
 *   - tick: SlaBreachScanTask.run() with the plugin's stores: the same,
 *     plus the escalation of each breached incident (a guarded write of
 *     the record, its timeline and its clocks) and the notices.
 *
 *   yarn bench:sla [--incidents 100000] [--runs 5]
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import knexFactory, { Knex } from 'knex';
import { mockServices } from '@backstage/backend-test-utils';
import { DatabaseRecordStore } from '../../plugins/itsm-backend/src/core/database/DatabaseRecordStore';
import { DatabaseSlaClockStore } from '../../plugins/itsm-backend/src/core/database/DatabaseSlaClockStore';
import { ALWAYS } from '../../plugins/itsm-backend/src/sla/domain/businessTime';
import { SlaBreachScanTask } from '../../plugins/itsm-backend/src/sla/tasks/SlaBreachScanTask';
import { SlaClockPlanner } from '../../plugins/itsm-backend/src/sla/services/SlaClockPlanner';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const INCIDENTS = arg('incidents', 100_000);
const RUNS = arg('runs', 5);
const CROSSING = Math.round(INCIDENTS / 100);
const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';
const database = `itsm_bench_sla_${process.pid}`;
const root = path.resolve(__dirname, '../..');

const NOW = Date.UTC(2026, 10, 30, 12);
const iso = (ms: number) => new Date(ms).toISOString();
const MINUTE = 60_000;

/** Where clock `n` stands: crossing (its first CROSSING) or not yet. */
function clockTimes(n: number) {
  const started = NOW - 60 * MINUTE;
  // Target 240 min from `started`: 50% at +120, 75% at +180, due at +240.
  // Each third just past its next threshold: 50%, 75%, or due.
  const shift = n < CROSSING ? [-70, -130, -190][n % 3] * MINUTE : 0;
  const warn50 = started + 120 * MINUTE + shift;
  const warn75 = started + 180 * MINUTE + shift;
  const due = started + 240 * MINUTE + shift;
  const crossed = n < CROSSING ? [0, 50, 75][n % 3] : 0;
  const next = [warn50, warn75, due][[0, 50, 75].indexOf(crossed)];
  return { started, warn50, warn75, due, crossed, next };
}

async function seed(knex: Knex) {
  await knex.migrate.latest({
    directory: path.join(root, 'plugins/itsm-backend/migrations'),
    tableName: 'itsm_knex_migrations',
    loadExtensions: ['.js'],
  });
  const batch = 1000;
  for (let from = 0; from < INCIDENTS; from += batch) {
    const records = [];
    const clocks = [];
    for (let n = from; n < Math.min(from + batch, INCIDENTS); n++) {
      const id = randomUUID();
      const t = clockTimes(n);
      records.push({
        id,
        type: 'incident',
        number: n + 1,
        title: `Seeded incident ${n + 1}`,
        description: 'seeded for the SLA benchmark',
        state: 'in_progress',
        is_open: true,
        priority: 'P2',
        assignment_group: `group:default/team-${n % 20}`,
        support_tier: 'L2',
        reported_by: 'user:default/bench',
        channel: 'portal',
        category: 'software',
        version: 1,
        fields: '{}',
        created_by: 'user:default/bench',
        created_at: iso(t.started),
        updated_at: iso(t.started),
      });
      clocks.push({
        id: randomUUID(),
        record_id: id,
        kind: 'restore',
        agreement_id: 'gold',
        priority: 'P2',
        calendar_id: '24x7',
        target_minutes: 240,
        started_at: iso(t.started),
        phase: 'running',
        idle_spans: '[]',
        elapsed_ms: 0,
        warn_50_at: iso(t.warn50),
        warn_75_at: iso(t.warn75),
        due_at: iso(t.due),
        crossed: t.crossed,
        next_threshold_at: iso(t.next),
        updated_at: iso(t.started),
      });
    }
    await knex.transaction(async tx => {
      await tx.batchInsert('itsm_records', records, 1000);
      await tx.batchInsert('itsm_sla_clocks', clocks, 1000);
    });
  }
  await knex.raw(`SELECT setval('itsm_incident_number_seq', ?)`, [INCIDENTS]);
  await knex.raw('VACUUM ANALYZE');
  await knex.raw('CHECKPOINT');
}

/** Puts the crossings back as they were before a tick. */
async function reset(knex: Knex) {
  const due = await knex('itsm_records')
    .where('number', '<=', CROSSING)
    .select('id', 'number');
  await knex.transaction(async tx => {
    for (const group of [0, 1, 2]) {
      // Every clock of a third has the same times (see clockTimes).
      const t = clockTimes(group);
      await tx('itsm_sla_clocks')
        .whereIn(
          'record_id',
          due.filter(r => (Number(r.number) - 1) % 3 === group).map(r => r.id),
        )
        .update({
          crossed: t.crossed,
          warn_50_at: iso(t.warn50),
          warn_75_at: iso(t.warn75),
          due_at: iso(t.due),
          next_threshold_at: iso(t.next),
          breached_at: null,
          phase: 'running',
        });
    }
    await tx('itsm_records')
      .whereIn(
        'id',
        due.map(r => r.id),
      )
      .update({ support_tier: 'L2', version: 1, escalation_count: 0 });
    await tx('itsm_timeline_events')
      .whereIn('kind', ['sla', 'escalated'])
      .del();
  });
  await knex.raw('VACUUM ANALYZE itsm_sla_clocks');
}

/** The floor: the crossings found, marked and written, with nothing else. */
async function floorTick(knex: Knex) {
  const now = iso(NOW);
  await knex.transaction(async tx => {
    const rows = await tx('itsm_sla_clocks')
      .where('next_threshold_at', '<=', now)
      .orderBy('next_threshold_at')
      .limit(CROSSING)
      .forUpdate()
      .skipLocked()
      .select('id', 'record_id');
    await tx('itsm_sla_clocks')
      .whereIn(
        'id',
        rows.map(r => r.id),
      )
      .update({ crossed: 100, next_threshold_at: null });
    await tx.batchInsert(
      'itsm_timeline_events',
      rows.map(r => ({
        record_id: r.record_id,
        kind: 'sla',
        actor: 'itsm:sla',
        created_at: now,
        data: '{}',
        visibility: 'public',
      })),
      1000,
    );
  });
  return CROSSING;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(fn: () => Promise<unknown>) {
  const started = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

async function main() {
  const admin = knexFactory({ client: 'pg', connection: connectionString });
  await admin.raw(`CREATE DATABASE ${database}`);
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  const knex = knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 1, max: 10 },
  });
  try {
    const seeded = await timed(() => seed(knex));
    console.log(
      `seeded ${INCIDENTS} open incidents with clocks in ${(
        seeded.ms / 1000
      ).toFixed(1)} s; ${CROSSING} cross a threshold each tick`,
    );
    const store = await DatabaseRecordStore.create({
      knex,
      skipMigrations: true,
    });
    const planner = new SlaClockPlanner({
      agreements: [
        {
          id: 'gold',
          name: 'Gold',
          entityRefs: [],
          systemRefs: [],
          categories: [],
          objectives: { P2: { restore: 240, calendar: ALWAYS } },
        },
      ],
      calendars: new Map([[ALWAYS.id, ALWAYS]]),
      onBreach: { action: 'raise-tier' },
    });
    const task = new SlaBreachScanTask({
      clocks: new DatabaseSlaClockStore(knex),
      store,
      planner,
      publisher: { publish: async () => {} } as any,
      notifier: { notify: async () => {} },
      logger: mockServices.rootLogger({ level: 'warn' }),
      escalation: { action: 'raise-tier' },
      serviceDeskGroup: 'group:default/service-desk',
      leadOf: async () => 'user:default/lead',
      now: () => new Date(NOW),
    });

    const floors: number[] = [];
    const ticks: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await reset(knex);
      floors.push((await timed(() => floorTick(knex))).ms);
      await reset(knex);
      const tick = await timed(() => task.run());
      const crossings = tick.result as unknown[];
      if (crossings.length !== CROSSING) {
        const by = (crossings as { threshold: number }[]).reduce(
          (n, c) => ({ ...n, [c.threshold]: (n[c.threshold] ?? 0) + 1 }),
          {} as Record<number, number>,
        );
        throw new Error(
          `a tick announced ${crossings.length} crossings: ${JSON.stringify(
            by,
          )}`,
        );
      }
      ticks.push(tick.ms);
    }
    const breached = await knex('itsm_records')
      .where('support_tier', 'L3')
      .count({ n: '*' });
    const floor = median(floors);
    const tick = median(ticks);
    console.log(
      JSON.stringify(
        {
          incidents: INCIDENTS,
          crossings: CROSSING,
          escalated: Number(breached[0].n),
          runs: RUNS,
          floorMs: Math.round(floor),
          tickMs: Math.round(tick),
          ratio: Number((tick / floor).toFixed(1)),
          ticksMs: ticks.map(Math.round),
        },
        null,
        2,
      ),
    );
  } finally {
    await knex.destroy();
    await admin.raw(`DROP DATABASE IF EXISTS ${database}`);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
