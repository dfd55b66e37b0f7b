/*
 * The KPI dashboard over HTTP (issue 21, "Speed": its reads at p95 <= 100
 * ms). On the data set of `yarn bench:kpis` (kpiSeed.ts: 1M incidents,
 * 100k changes, 20k releases by default), spread from 2026-01-01 to now with every month of 2026
 * before the running one kept as a portal-wide and a group's snapshot (as
 * the monthly snapshot task leaves them), it starts the real backend
 * (benchBackend.ts: the itsm plugin over that database, a static token)
 * and times, one request after the other, the reads the dashboard's pages
 * make (plugins/itsm/src/improvement: KpiDashboardPage, KpiSparkline,
 * KpiDetailPage):
 *
 * - the scorecard, `GET /kpis?period=` of a past month (its figures and the
 *   month before from snapshots) and of the running month (computed now),
 *   portal-wide and for a group;
 * - an indicator's series, `GET /kpis/{id}/series?months=6` (a sparkline:
 *   five kept months and the running one computed now), each indicator in
 *   turn;
 * - its breakdown, `GET /kpis/{id}/breakdown?by=` by its first breakdown
 *   (the detail page's first tab), past and running month;
 * - its records, `GET /kpis/{id}/records?limit=25` (the drill-down's first
 *   page), past and running month;
 *
 * beside, in the same run, the HTTP floor (`GET /api/itsm/health` on the
 * same backend) and the database floor of each: the same computations
 * through Knex in this process (the plugin's IndicatorService over its own
 * connection pool, no figure cache, no HTTP, no targets). Each read is
 * timed with the backend's figure cache off (`itsm.improvement.figureCache:
 * 0`: every figure computed again) and on (the default, one minute: the
 * dashboard's repeated reads), with a backend started for each.
 *
 *   yarn bench:kpis:http [--incidents 1000000] [--changes 100000]
 *     [--releases 20000] [--requests 40] [--cache off,on]
 *     [--keep] [--reuse <database>]
 *
 * `--keep` leaves the seeded database (named in the output); `--reuse`
 * measures a kept one again without seeding.
 */
import os from 'node:os';
import path from 'node:path';
import knexFactory, { Knex } from 'knex';
import {
  indicatorDefinition,
  indicatorStatus,
  monthOf,
  monthPeriod,
} from '@backstage-itsm/plugin-itsm-common';
import { allIndicatorComputations } from '../../plugins/itsm-backend/src/improvement/indicators/indicatorComputations';
import type { IndicatorScope } from '../../plugins/itsm-backend/src/improvement/indicators/IndicatorComputation';
import {
  KpiSnapshotStore,
  scopeKey,
} from '../../plugins/itsm-backend/src/improvement/database/KpiSnapshotStore';
import { IndicatorService } from '../../plugins/itsm-backend/src/improvement/services/IndicatorService';
import { IndicatorTargets } from '../../plugins/itsm-backend/src/improvement/services/IndicatorTargets';
import { seedKpiData } from './kpiSeed';

const { runConcurrent } = require('./measure.cjs');

type Measured = { p50: number; p95: number; errors: number };

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number) =>
  Number(option(name) ?? fallback);
const INCIDENTS = arg('incidents', 1_000_000);
const CHANGES = arg('changes', 100_000);
const RELEASES = arg('releases', 20_000);
const REQUESTS = arg('requests', 40);
const CACHES = (option('cache') ?? 'off,on').split(',');
const KEEP = process.argv.includes('--keep');
const REUSE = option('reuse');
const PORT = 7181;
const TOKEN = 'bench-token-0123456789abcdef';
const BASE = `http://localhost:${PORT}`;
const TARGET_P95 = 100;
const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';
/** Backstage names the plugin's database `<prefix>itsm`. */
const prefix = REUSE
  ? REUSE.replace(/itsm$/, '')
  : `itsm_bench_kpihttp_${process.pid}_`;
const database = `${prefix}itsm`;
const GROUP = 'group:default/team-3';
const scopes: { label: string; scope: IndicatorScope; query: string }[] = [
  { label: 'portal', scope: { kind: 'portal' }, query: '' },
  {
    label: 'a group',
    scope: { kind: 'group', ref: GROUP },
    query: `&group=${encodeURIComponent(GROUP)}`,
  },
];

const computations = allIndicatorComputations({ groupMembers: async () => [] });
const ids = [...computations.keys()];
const withBreakdowns = ids.filter(
  id => (indicatorDefinition(id)?.breakdowns.length ?? 0) > 0,
);
const withRecords = ids.filter(id => indicatorDefinition(id)?.records);
const running = monthOf(new Date());
const past = monthOf(new Date(), -1);

/**
 * Keeps every month of 2026 before the running one for the portal and the
 * group, as the monthly snapshot task would have month by month.
 */
async function keepSnapshots(knex: Knex) {
  const store = new KpiSnapshotStore(knex);
  let kept = 0;
  for (let month = 1; ; month++) {
    const period = `2026-${String(month).padStart(2, '0')}`;
    if (period >= running) break;
    const window = monthPeriod(period);
    for (const { scope } of scopes) {
      const figures = await Promise.all(
        ids.map(async id => ({
          id,
          figure: await computations.get(id)!.compute(knex, window, scope),
        })),
      );
      kept += await store.keep(
        figures.map(({ id, figure }) => ({
          indicatorId: id,
          period,
          scope: scopeKey(scope),
          figure,
          status: indicatorStatus(indicatorDefinition(id)!, figure.value),
          takenAt: new Date().toISOString(),
        })),
      );
    }
  }
  return kept;
}

/** The reads of the dashboard, each over HTTP and as its database floor. */
function reads(service: IndicatorService) {
  const turn = <T>(list: T[]) => {
    let i = 0;
    return () => list[i++ % list.length];
  };
  const list: {
    label: string;
    http: () => string;
    floor: () => Promise<unknown>;
  }[] = [];
  for (const { label, scope, query } of scopes) {
    for (const [when, period] of [
      ['past month', past],
      ['running month', running],
    ]) {
      list.push({
        label: `scorecard, ${when}, ${label}`,
        http: () => `/kpis?period=${period}${query}`,
        floor: () => service.scorecard(period, scope),
      });
    }
  }
  const series = turn(ids);
  const seriesFloor = turn(ids);
  list.push({
    label: 'series, 6 months, each indicator',
    http: () => `/kpis/${series()}/series?months=6`,
    floor: () =>
      service.series(seriesFloor() as never, service.lastMonths(6), {
        kind: 'portal',
      }),
  });
  for (const [when, period] of [
    ['past month', past],
    ['running month', running],
  ]) {
    const next = turn(withBreakdowns);
    const nextFloor = turn(withBreakdowns);
    list.push({
      label: `breakdown, ${when}, each indicator`,
      http: () => {
        const id = next();
        const by = indicatorDefinition(id)!.breakdowns[0];
        return `/kpis/${id}/breakdown?by=${by}&period=${period}`;
      },
      floor: () => {
        const id = nextFloor();
        const by = indicatorDefinition(id)!.breakdowns[0];
        return service.breakdown(id, by, period, { kind: 'portal' });
      },
    });
  }
  for (const [when, period] of [
    ['past month', past],
    ['running month', running],
  ]) {
    const next = turn(withRecords);
    const nextFloor = turn(withRecords);
    list.push({
      label: `records, ${when}, each indicator`,
      http: () => `/kpis/${next()}/records?limit=25&period=${period}`,
      floor: () =>
        service.records(
          nextFloor(),
          { period, scope: { kind: 'portal' }, limit: 25 },
          async () => undefined,
        ),
    });
  }
  return list;
}

async function get(route: string) {
  const res = await fetch(`${BASE}/api/itsm${route}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return res.json();
}

const measure = (op: (i: number) => Promise<unknown>): Promise<Measured> =>
  runConcurrent({ total: REQUESTS, concurrency: 1, op });

async function main() {
  const lib = await import('../lib/backendProcess.mjs');
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  const admin = knexFactory({ client: 'pg', connection: connectionString });
  if (!REUSE) await admin.raw(`CREATE DATABASE ${database}`);
  const knex = knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 1, max: 10 },
  });
  const started = Date.now();
  try {
    if (!REUSE) {
      await seedKpiData(knex, {
        incidents: INCIDENTS,
        changes: CHANGES,
        releases: RELEASES,
        until: new Date().toISOString(),
      });
      const kept = await keepSnapshots(knex);
      await knex.raw('VACUUM ANALYZE itsm_kpi_snapshots');
      console.log(
        `seeded ${INCIDENTS} incidents, ${CHANGES} changes, ${RELEASES} releases and kept ${kept} snapshots in ${(
          (Date.now() - started) /
          1000
        ).toFixed(0)} s (database ${database})`,
      );
    }
    const counts = Object.fromEntries(
      (
        (await knex('itsm_records')
          .whereIn('type', ['incident', 'change', 'release'])
          .groupBy('type')
          .select('type', knex.raw('count(*) as n'))) as {
          type: string;
          n: string;
        }[]
      ).map(r => [r.type, Number(r.n)]),
    );
    const service = new IndicatorService({
      db: knex,
      targets: new IndicatorTargets({ configured: new Map() }),
      snapshots: new KpiSnapshotStore(knex),
      computations,
    });
    const results: Record<string, Record<string, Measured>> = {};
    const floors: Record<string, Measured> = {};
    for (const cache of CACHES) {
      const backend = lib.startBackend({
        name: 'kpis',
        entry: path.join(lib.root, 'test/bench/benchBackend.ts'),
        env: { BENCH_ENTITIES: '100', BENCH_NO_TASKS: '1', LOG_LEVEL: 'error' },
        config: {
          backend: {
            baseUrl: BASE,
            listen: { port: PORT },
            database: {
              client: 'pg',
              prefix,
              connection: lib.postgresConnection(connectionString),
            },
            auth: {
              externalAccess: [
                { type: 'static', options: { token: TOKEN, subject: 'bench' } },
              ],
            },
          },
          permission: { enabled: false },
          itsm: {
            improvement: { figureCache: cache === 'on' ? '1m' : '0s' },
          },
        },
      });
      try {
        await lib.waitFor(`${BASE}/api/itsm/health`);
        // Warm up connections and the JIT.
        for (let i = 0; i < 3; i++) {
          await get(`/kpis?period=${past}`);
          await get(`/kpis/${ids[i]}/series?months=6`);
        }
        const row: Record<string, Measured> = {};
        row.health = await measure(() => get('/health'));
        for (const read of reads(service)) {
          row[read.label] = await measure(() => get(read.http()));
          if (!floors[read.label]) {
            floors[read.label] = await measure(read.floor);
          }
        }
        results[cache] = row;
      } finally {
        await backend.stop();
      }
    }
    print(results, floors, counts);
  } finally {
    await knex.destroy();
    if (KEEP || REUSE) console.log(`kept database ${database}`);
    else await admin.raw(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.destroy();
  }
}

function print(
  results: Record<string, Record<string, Measured>>,
  floors: Record<string, Measured>,
  counts: Record<string, number>,
) {
  const f = (n: number) => n.toFixed(1);
  const caches = Object.keys(results);
  const labels = Object.keys(floors);
  const head = caches.flatMap(c => [
    `cache ${c}: p50`,
    'p95',
    'p95 / floor p95',
    'p95 / health p95',
  ]);
  const lines = [
    `| read | database floor p50 (ms) | p95 | ${head.join(' | ')} |`,
    `|---|---|---|${head.map(() => '---').join('|')}|`,
    `| GET /api/itsm/health (HTTP floor) | | | ${caches
      .flatMap(c => {
        const m = results[c].health;
        return [f(m.p50), f(m.p95), '', '1'];
      })
      .join(' | ')} |`,
    ...labels.map(label => {
      const floor = floors[label];
      return `| ${label} | ${f(floor.p50)} | ${f(floor.p95)} | ${caches
        .flatMap(c => {
          const m = results[c][label];
          return [
            f(m.p50),
            f(m.p95),
            (m.p95 / floor.p95).toFixed(2),
            (m.p95 / results[c].health.p95).toFixed(1),
          ];
        })
        .join(' | ')} |`;
    }),
  ];
  const worst = Math.max(
    ...caches.flatMap(c => labels.map(l => results[c][l].p95)),
  );
  const errors = caches.reduce(
    (n, c) => n + Object.values(results[c]).reduce((e, m) => e + m.errors, 0),
    0,
  );
  console.log(`
Machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, Node ${process.version}
${counts.incident} incidents, ${counts.change} changes, ${
    counts.release
  } releases; ${ids.length} indicators (${
    withBreakdowns.length
  } with breakdowns, ${
    withRecords.length
  } with records); past month ${past}, running month ${running}
${REQUESTS} sequential requests per read; figure cache ${caches.join(
    ' then ',
  )} (a backend each)

${lines.join('\n')}

Target (issue 21): p95 <= ${TARGET_P95} ms; worst p95 ${f(
    worst,
  )} ms. Errors: ${errors}`);
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
