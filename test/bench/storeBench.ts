/*
 * The plugin's data layer under load: the record store the backend uses
 * (DatabaseRecordStore, with the list plans of the service desk), in this
 * process, on the benchmark's database. The same three operations as the
 * HTTP measures, without Backstage's HTTP stack around them. Started by
 * run.mjs, which passes its settings in BENCH_STORE and reads the results
 * from the file named in BENCH_OUT.
 */
import fs from 'node:fs';
import knexFactory, { Knex } from 'knex';
import { DatabaseRecordStore } from '../../plugins/itsm-backend/src/core/database/DatabaseRecordStore';
import { planRecordList } from '../../plugins/itsm-backend/src/core/domain/planRecordQuery';
import {
  entityRef,
  groupRef,
  GROUPS,
  OPEN_STATES,
  ownerOf,
} from './dataset.cjs';
import { runConcurrent } from './measure.cjs';

const settings: {
  knex: Knex.Config;
  entities: number;
  concurrency: number;
  requests: number;
} = JSON.parse(process.env.BENCH_STORE ?? '{}');
const random = (n: number) => Math.floor(Math.random() * n);

async function main() {
  const knex = knexFactory(settings.knex);
  const store = await DatabaseRecordStore.create({
    knex,
    skipMigrations: true,
  });
  // Each measure starts warm, as the HTTP ones do after their warm-up.
  const measure = async (op: (i: number) => Promise<unknown>) => {
    await runConcurrent({ total: 50, concurrency: settings.concurrency, op });
    return runConcurrent({
      total: settings.requests,
      concurrency: settings.concurrency,
      op,
    });
  };
  try {
    const storeCreate = await measure(i => {
      const entity = random(settings.entities);
      return store.createRecord({
        type: 'incident',
        title: `store ${i}`,
        description: 'created by the benchmark',
        state: 'new',
        isOpen: true,
        priority: 'P3',
        fields: { impact: 'medium', urgency: 'medium', channel: 'api' },
        entityRefs: [entityRef(entity)],
        entityOwners: [
          { entityRef: entityRef(entity), ownerRef: ownerOf(entity) },
        ],
        assignmentGroup: ownerOf(entity),
        supportTier: 'L2',
        channel: 'api',
        reportedBy: 'user:default/bench',
        createdBy: 'user:default/bench',
        now: new Date().toISOString(),
      });
    });
    const storeList = await measure(() =>
      store.listRecords(
        planRecordList('incident', {
          entityRef: entityRef(random(settings.entities)),
          limit: 25,
        }),
      ),
    );
    const storeQueue = await measure(() =>
      store.listRecords(
        planRecordList('incident', {
          assignmentGroups: [groupRef(random(GROUPS))],
          states: OPEN_STATES,
          sort: 'priority',
          limit: 25,
        }),
      ),
    );
    fs.writeFileSync(
      process.env.BENCH_OUT!,
      JSON.stringify({ storeCreate, storeList, storeQueue }),
    );
  } finally {
    await knex.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
