#!/usr/bin/env node
// The benchmark: seeds N incidents over M entities, then measures the
// create throughput, the per-entity list and a working queue at a
// concurrency, at three levels measured in the same run on the same data:
// the database's own floor (the same statements through Knex), the
// plugin's data layer (its record store, in process) and the whole plugin
// over HTTP; beside them, the HTTP floor (the health route of the same
// backend). On SQLite and PostgreSQL. Prints a table of ratios to the floor.
//
//   yarn bench [--db sqlite,postgres] [--incidents 100000] [--entities 2000]
//              [--concurrency 8] [--requests 2000] [--profile]
//
// --profile writes a CPU profile of the backend (node --cpu-prof) to
// test/bench/results/, to open in Chrome's DevTools.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  dropDatabases,
  postgresConnection,
  requireFromRoot,
  root,
  runTypeScript,
  startBackend,
  waitFor,
} from '../lib/backendProcess.mjs';
import { runConcurrent } from './measure.cjs';
import { entityRef, GROUPS, groupRef, OPEN_STATES } from './dataset.cjs';
import { seed } from './seed.mjs';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite,postgres' },
    incidents: { type: 'string', default: '100000' },
    entities: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    requests: { type: 'string', default: '2000' },
    profile: { type: 'boolean', default: false },
  },
});
const INCIDENTS = Number(args.incidents);
const ENTITIES = Number(args.entities);
const CONCURRENCY = Number(args.concurrency);
const REQUESTS = Number(args.requests);
const TOKEN = 'bench-token-0123456789abcdef';
const PORT = 7181;
const pgUrl =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';
const knexFactory = requireFromRoot('knex');
const log = message => console.log(message);
const random = n => Math.floor(Math.random() * n);

function databaseSetup(db) {
  if (db === 'sqlite') {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'itsm-bench-'));
    return {
      backendConfig: { client: 'better-sqlite3', connection: { directory } },
      knexConfig: {
        client: 'better-sqlite3',
        connection: { filename: path.join(directory, 'itsm.sqlite') },
        useNullAsDefault: true,
      },
      cleanup: async () =>
        fs.rmSync(directory, { recursive: true, force: true }),
    };
  }
  const prefix = `itsm_bench_${process.pid}_`;
  const connection = postgresConnection(pgUrl);
  return {
    backendConfig: { client: 'pg', prefix, connection },
    knexConfig: {
      client: 'pg',
      connection: { ...connection, database: `${prefix}itsm` },
      pool: { min: 0, max: CONCURRENCY + 2 },
    },
    createDatabase: async () => {
      const admin = knexFactory({ client: 'pg', connection });
      await admin.raw(`CREATE DATABASE "${prefix}itsm"`);
      await admin.destroy();
    },
    cleanup: async () => dropDatabases(pgUrl, prefix),
  };
}

async function floorCreate(knex, i) {
  const isPostgres = knex.client.config.client === 'pg';
  await knex.transaction(async tx => {
    const number = isPostgres
      ? Number(
          (await tx.raw(`SELECT nextval('itsm_incident_number_seq') AS n`))
            .rows[0].n,
        )
      : Number(
          (
            await tx.raw(
              `INSERT INTO itsm_record_counters (type, last_number) VALUES ('incident', 1)
               ON CONFLICT (type) DO UPDATE SET last_number = itsm_record_counters.last_number + 1
               RETURNING last_number`,
            )
          )[0].last_number,
        );
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    await tx('itsm_records').insert({
      id,
      type: 'incident',
      number,
      title: `floor ${i}`,
      description: 'floor',
      state: 'new',
      priority: 'P3',
      version: 1,
      fields: '{}',
      created_by: 'user:default/bench',
      created_at: now,
      updated_at: now,
    });
    await tx('itsm_record_entities').insert({
      record_id: id,
      entity_ref: entityRef(random(ENTITIES)),
      record_type: 'incident',
      record_number: number,
    });
    await tx('itsm_timeline_events').insert({
      record_id: id,
      kind: 'created',
      actor: 'user:default/bench',
      created_at: now,
      data: '{}',
    });
  });
}

async function floorList(knex) {
  const rows = await knex('itsm_record_entities as e')
    .join('itsm_records as r', 'r.id', 'e.record_id')
    .where('e.entity_ref', entityRef(random(ENTITIES)))
    .where('e.record_type', 'incident')
    .orderBy('e.record_number', 'desc')
    .limit(26)
    .select('r.*');
  if (rows.length) {
    await knex('itsm_record_entities')
      .whereIn(
        'record_id',
        rows.map(r => r.id),
      )
      .select('record_id', 'entity_ref');
  }
}

/** A working queue: one group's open incidents, by priority then age. */
async function floorQueue(knex) {
  const rows = await knex('itsm_records as r')
    .where('r.type', 'incident')
    .where('r.assignment_group', groupRef(random(GROUPS)))
    .where('r.is_open', true)
    .orderBy([
      { column: 'r.priority', order: 'asc' },
      { column: 'r.number', order: 'asc' },
    ])
    .limit(26)
    .select('r.*');
  if (rows.length) {
    await knex('itsm_record_entities')
      .whereIn(
        'record_id',
        rows.map(r => r.id),
      )
      .select('record_id', 'entity_ref');
  }
}

function queueRoute() {
  const states = OPEN_STATES.map(s => `state=${s}`).join('&');
  return `/incidents?limit=25&sort=priority&${states}&assignmentGroup=${encodeURIComponent(
    groupRef(random(GROUPS)),
  )}`;
}

async function http(method, route, body) {
  const res = await fetch(`http://localhost:${PORT}/api/itsm${route}`, {
    method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
    },
    body: body && JSON.stringify(body),
  });
  if (!res.ok)
    throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

async function benchDatabase(db) {
  log(
    `\n== ${db}: ${INCIDENTS} incidents over ${ENTITIES} entities, concurrency ${CONCURRENCY}, ${REQUESTS} requests per measure`,
  );
  const setup = databaseSetup(db);
  await setup.createDatabase?.();
  const results = {};
  try {
    const knex = knexFactory(setup.knexConfig);
    const seconds = await seed(knex, {
      incidents: INCIDENTS,
      entities: ENTITIES,
      log,
    });
    log(`  seeded in ${seconds.toFixed(1)} s`);
    results.floorCreate = await runConcurrent({
      total: REQUESTS,
      concurrency: CONCURRENCY,
      op: i => floorCreate(knex, i),
    });
    results.floorList = await runConcurrent({
      total: REQUESTS,
      concurrency: CONCURRENCY,
      op: () => floorList(knex),
    });
    results.floorQueue = await runConcurrent({
      total: REQUESTS,
      concurrency: CONCURRENCY,
      op: () => floorQueue(knex),
    });
    await knex.destroy();

    const storeOut = path.join(outDir, `store-${process.pid}.json`);
    await runTypeScript({
      entry: path.join(root, 'test/bench/storeBench.ts'),
      env: {
        BENCH_OUT: storeOut,
        BENCH_STORE: JSON.stringify({
          knex: setup.knexConfig,
          entities: ENTITIES,
          concurrency: CONCURRENCY,
          requests: REQUESTS,
        }),
      },
    });
    Object.assign(results, JSON.parse(fs.readFileSync(storeOut, 'utf8')));
    fs.rmSync(storeOut);

    const backend = startBackend({
      name: 'bench',
      entry: path.join(root, 'test/bench/benchBackend.ts'),
      env: { BENCH_ENTITIES: String(ENTITIES) },
      nodeArgs: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${outDir}`] : [],
      config: {
        backend: {
          baseUrl: `http://localhost:${PORT}`,
          listen: { port: PORT },
          database: setup.backendConfig,
          auth: {
            externalAccess: [
              { type: 'static', options: { token: TOKEN, subject: 'bench' } },
            ],
          },
        },
        permission: { enabled: false },
      },
    });
    try {
      await waitFor(`http://localhost:${PORT}/api/itsm/health`);
      // Warm up connections and caches before timing.
      await runConcurrent({
        total: 50,
        concurrency: CONCURRENCY,
        op: () =>
          http(
            'GET',
            `/incidents?limit=25&entityRef=${entityRef(random(ENTITIES))}`,
          ),
      });
      results.httpHealth = await runConcurrent({
        total: REQUESTS,
        concurrency: CONCURRENCY,
        op: () => http('GET', '/health'),
      });
      results.httpCreate = await runConcurrent({
        total: REQUESTS,
        concurrency: CONCURRENCY,
        op: i =>
          http('POST', '/incidents', {
            title: `bench ${i}`,
            description: 'created by the benchmark',
            entityRefs: [entityRef(random(ENTITIES))],
            priority: 'P3',
          }),
      });
      results.httpList = await runConcurrent({
        total: REQUESTS,
        concurrency: CONCURRENCY,
        op: () =>
          http(
            'GET',
            `/incidents?limit=25&entityRef=${encodeURIComponent(
              entityRef(random(ENTITIES)),
            )}`,
          ),
      });
      results.httpQueue = await runConcurrent({
        total: REQUESTS,
        concurrency: CONCURRENCY,
        op: () => http('GET', queueRoute()),
      });
    } finally {
      await backend.stop();
    }
  } finally {
    await setup.cleanup();
  }
  return results;
}

/** What the table shows: a label, the measures' key and which figure. */
const MEASURES = [
  ['create throughput (/s)', 'Create', 'perSecond'],
  ['create p95 (ms)', 'Create', 'p95'],
  ['entity list p50 (ms)', 'List', 'p50'],
  ['entity list p95 (ms)', 'List', 'p95'],
  ['entity list p99 (ms)', 'List', 'p99'],
  ['queue p50 (ms)', 'Queue', 'p50'],
  ['queue p95 (ms)', 'Queue', 'p95'],
];

function table(db, r) {
  const f = n => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  return MEASURES.map(([label, key, figure]) => {
    const floor = r[`floor${key}`][figure];
    const store = r[`store${key}`][figure];
    const plugin = r[`http${key}`][figure];
    return `| ${db} | ${label} | ${f(floor)} | ${f(store)} | ${f(plugin)} | ${f(
      r.httpHealth[figure],
    )} | ${(store / floor).toFixed(2)} | ${(plugin / floor).toFixed(2)} |`;
  }).join('\n');
}

const rows = [];
const all = {};
const outDir = path.join(root, 'test/bench/results');
fs.mkdirSync(outDir, { recursive: true });
for (const db of args.db.split(',')) {
  all[db] = await benchDatabase(db);
  const errors = Object.values(all[db]).reduce((n, m) => n + m.errors, 0);
  if (errors) console.error(`  ${errors} operations failed on ${db}`);
  rows.push(table(db, all[db]));
}
console.log(`
Machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, ${Math.round(
  os.totalmem() / 2 ** 30,
)} GiB, Node ${process.version}
${INCIDENTS} incidents over ${ENTITIES} entities; concurrency ${CONCURRENCY}; ${REQUESTS} requests per measure

| database | measure | DB floor | store | HTTP | HTTP floor | store / floor | HTTP / floor |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}`);
fs.writeFileSync(
  path.join(
    outDir,
    `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  ),
  JSON.stringify({ args, results: all }, null, 2),
);
