/*
 * A month's snapshot of every indicator (issue 21's benchmark): N
 * incidents (default 1,000,000), changes (100,000) and releases (20,000)
 * over the year 2026, with the records' services, incidents confirmed as
 * caused by changes, continuity records and the CMDB's index and change
 * history, written straight into a new PostgreSQL database by SQL
 * (INSERT ... SELECT over generate_series). Then it times, in the same run
 * and on the same data:
 *   - floor: what the database needs at least to look at the records once:
 *     a plain `SELECT count(*) FROM itsm_records` (a scan of every row);
 *   - snapshot: every indicator whose computation exists (the registry,
 *     `indicatorComputations`) computed for October 2026, portal-wide,
 *     one after the other, as the monthly snapshot task does;
 *   - breakdowns: the same figures split by each of their definitions'
 *     breakdowns.
 * Each is the median of `--runs` runs; the ratio is to the floor.
 *
 *   yarn bench:kpis [--incidents 1000000] [--changes 100000]
 *                   [--releases 20000] [--runs 3] [--keep]
 */
import knexFactory, { Knex } from 'knex';
import { indicatorDefinition } from '@backstage-itsm/plugin-itsm-common';
import { seedKpiData } from './kpiSeed';
import { indicatorComputations } from '../../plugins/itsm-backend/src/improvement/indicators/indicatorComputations';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const INCIDENTS = arg('incidents', 1_000_000);
const CHANGES = arg('changes', 100_000);
const RELEASES = arg('releases', 20_000);
const RUNS = arg('runs', 3);
/** Keeps the database afterwards (named in the output), to explain queries. */
const KEEP = process.argv.includes('--keep');
const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';
const database = `itsm_bench_kpis_${process.pid}`;
const MONTH = {
  from: '2026-10-01T00:00:00.000Z',
  to: '2026-11-01T00:00:00.000Z',
};

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
    pool: { min: 1, max: 4 },
  });
  try {
    const seeded = await timed(() =>
      seedKpiData(knex, {
        incidents: INCIDENTS,
        changes: CHANGES,
        releases: RELEASES,
      }),
    );
    console.log(
      `seeded ${INCIDENTS} incidents, ${CHANGES} changes, ${RELEASES} releases in ${(
        seeded.ms / 1000
      ).toFixed(1)} s`,
    );
    const computations = [...indicatorComputations.values()];
    const portal = { kind: 'portal' } as const;
    const floors: number[] = [];
    const snapshots: number[] = [];
    const withBreakdowns: number[] = [];
    const each = new Map<string, number[]>();
    const figures = new Map<string, unknown>();
    for (let run = 0; run < RUNS; run++) {
      floors.push(
        (await timed(() => knex('itsm_records').count({ n: '*' }))).ms,
      );
      const snapshot = await timed(async () => {
        for (const computation of computations) {
          const one = await timed(() =>
            computation.compute(knex, MONTH, portal),
          );
          each.set(computation.id, [
            ...(each.get(computation.id) ?? []),
            one.ms,
          ]);
          figures.set(computation.id, one.result);
        }
      });
      snapshots.push(snapshot.ms);
      const breakdowns = await timed(async () => {
        for (const computation of computations) {
          for (const by of indicatorDefinition(computation.id)?.breakdowns ??
            []) {
            await computation.breakdown?.(knex, MONTH, portal, by);
          }
        }
      });
      withBreakdowns.push(snapshot.ms + breakdowns.ms);
    }
    const floor = median(floors);
    const snapshot = median(snapshots);
    const full = median(withBreakdowns);
    console.log(
      JSON.stringify(
        {
          incidents: INCIDENTS,
          changes: CHANGES,
          releases: RELEASES,
          month: MONTH.from.slice(0, 7),
          indicators: computations.length,
          runs: RUNS,
          floorMs: Math.round(floor),
          snapshotMs: Math.round(snapshot),
          snapshotRatio: Number((snapshot / floor).toFixed(1)),
          withBreakdownsMs: Math.round(full),
          withBreakdownsRatio: Number((full / floor).toFixed(1)),
          byIndicatorMs: Object.fromEntries(
            [...each.entries()].map(([id, ms]) => [id, Math.round(median(ms))]),
          ),
          figures: Object.fromEntries(figures),
        },
        null,
        2,
      ),
    );
  } finally {
    await knex.destroy();
    if (KEEP) console.log(`kept database ${database}`);
    else await admin.raw(`DROP DATABASE IF EXISTS ${database}`);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
