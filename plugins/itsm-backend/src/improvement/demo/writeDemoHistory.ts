import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { actAsDemoUsers } from '../../continuity';
import { CatalogEntityLookup } from '../../core/catalog/EntityLookup';
import { hasIncidentHistory } from '../database/hasIncidentHistory';
import { KpiSnapshotStore } from '../database/KpiSnapshotStore';
import { demoMembers, demoReporters, demoServices } from './demoHistoryCatalog';
import {
  CLAIM_LOST,
  DAY,
  DemoHistoryContext,
  isClaimLost,
  DemoHistoryHooks,
  HOUR,
} from './demoHistoryContext';
import { DemoHistoryCore, demoHistoryServices } from './demoHistoryServices';
import { demoRandom } from './demoRandom';
import { writeDemoChanges } from './writeDemoChanges';
import { writeDemoIncidents } from './writeDemoIncidents';
import { writeDemoProblems } from './writeDemoProblems';
import { writeDemoReleases } from './writeDemoReleases';

/** The key the first record of the history claims: replicas write it once. */
export const DEMO_HISTORY_KEY = 'improvement-demo-history';

/** How much history: records of each kind over `months` months. */
export type DemoHistorySize = {
  months: number;
  incidents: number;
  problems: number;
  changes: number;
  releases: number;
};

export const DEFAULT_DEMO_HISTORY_SIZE: DemoHistorySize = {
  months: 6,
  incidents: 1500,
  problems: 150,
  changes: 300,
  releases: 80,
};

export type DemoHistoryOptions = {
  /** The seed of the history's randomness: the same seed, the same history. */
  seed?: number;
  size?: Partial<DemoHistorySize>;
  /** Today (default: the real time). */
  now?: () => Date;
  hooks?: DemoHistoryHooks;
};

/**
 * What a run did: `written` the history, `skipped` (incidents older than a
 * week exist: not a fresh demo, or another replica wrote it first) or
 * `waiting` (the catalog does not know the demo's services and people yet).
 */
export type DemoHistoryResult = {
  outcome: 'written' | 'skipped' | 'waiting';
  counts: Record<string, number>;
};

/**
 * Six months of history for the KPI dashboard of a fresh demo (issue 21,
 * item 8; docs/improvement.md, "Demo history"): incidents, changes,
 * problems and releases, written through the product's own use cases as
 * the demo users would through the API, each at the time it happened on
 * a clock the history moves (the core's services take their time from an
 * injected `now`). Only when no incident is older than a week; the first
 * record claims `improvement-demo-history`, so replicas write it once.
 * Snapshots of the months it covers, taken before it, are forgotten.
 */
export async function writeDemoHistory(
  deps: DemoHistoryCore,
  options: DemoHistoryOptions = {},
): Promise<DemoHistoryResult> {
  const today = (options.now?.() ?? new Date()).getTime();
  const counts: Record<string, number> = {};
  if (await hasIncidentHistory(deps.knex, new Date(today - 7 * DAY))) {
    return { outcome: 'skipped', counts };
  }
  const size = { ...DEFAULT_DEMO_HISTORY_SIZE, ...options.size };
  const actors = actAsDemoUsers(deps);
  try {
    await new CatalogEntityLookup(actors.catalog).resolve(
      [
        ...demoServices.map(s => s.entityRef),
        ...Object.keys(demoMembers),
        ...demoReporters,
      ],
      { field: 'demo', credentials: actors.as(demoReporters[0]) },
    );
  } catch (error) {
    if (error instanceof InputError) return { outcome: 'waiting', counts };
    throw error;
  }

  let clock = today;
  const services = await demoHistoryServices(deps, () => new Date(clock));
  const first = new Date(today);
  const start = Date.UTC(
    first.getUTCFullYear(),
    first.getUTCMonth() - size.months,
    1,
  );
  let claimed = false;
  const context: DemoHistoryContext = {
    services,
    random: demoRandom(options.seed ?? 20261),
    hooks: options.hooks ?? {},
    start,
    end: today - HOUR,
    months: size.months,
    setClock: at => {
      clock = at;
    },
    monthOf: at => {
      const d = new Date(at);
      const s = new Date(start);
      return (
        (d.getUTCFullYear() - s.getUTCFullYear()) * 12 +
        d.getUTCMonth() -
        s.getUTCMonth()
      );
    },
    claim: () => {
      if (claimed) return {};
      claimed = true;
      return {
        uniqueKeys: [
          {
            key: DEMO_HISTORY_KEY,
            conflictMessage: CLAIM_LOST,
          },
        ],
      };
    },
    failedChanges: [],
    counts,
  };
  // The claim is made by the first record, alone: a lost race ends here.
  try {
    await writeDemoChanges(context, Math.min(1, size.changes));
    if (!claimed) await writeDemoIncidents(context, 1);
  } catch (error) {
    if (isClaimLost(error)) return { outcome: 'skipped', counts };
    throw error;
  }
  await withoutSync(deps.knex, async () => {
    await writeDemoChanges(context, size.changes - 1);
    const incidents = await writeDemoIncidents(context, size.incidents);
    await writeDemoProblems(context, size.problems, incidents);
    await writeDemoReleases(context, size.releases);
  });
  // Snapshots of these months taken before (of an empty past) would hide
  // the history from the dashboard: they are taken again from it.
  const months = Array.from({ length: size.months + 1 }, (_, i) =>
    new Date(
      Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - size.months + i),
    )
      .toISOString()
      .slice(0, 7),
  );
  await new KpiSnapshotStore(deps.knex).forget(months);
  deps.logger.info(
    `Demo history written: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
  return { outcome: 'written', counts };
}

/**
 * Runs the writes without waiting for the disk after each commit on
 * SQLite (`PRAGMA synchronous = OFF` on its one connection, put back
 * after): the history is thousands of small transactions, each an fsync
 * otherwise (minutes instead of seconds). A crash meanwhile loses only
 * demo data. Other databases as they are.
 */
async function withoutSync(knex: Knex, write: () => Promise<void>) {
  const client = String(knex.client.config.client);
  if (!client.includes('sqlite')) {
    await write();
    return;
  }
  const [before] = await knex.raw('PRAGMA synchronous');
  await knex.raw('PRAGMA synchronous = OFF');
  try {
    await write();
  } finally {
    await knex.raw(`PRAGMA synchronous = ${Number(before?.synchronous ?? 2)}`);
  }
}
