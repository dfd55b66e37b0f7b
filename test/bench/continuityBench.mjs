#!/usr/bin/env node
// The continuity checks against a real catalog (issue 20, "Speed"): the
// generated 5,000-entity catalog of the impact benchmarks (impactCatalog.cjs:
// components in five dependency layers over databases, servers, storage and
// the network) in Backstage's catalog, the itsm plugin and the permission
// backend (impactCatalogBackend.ts; PostgreSQL). Once the catalog has
// processed every entity, business impact analyses, continuity plans and
// completed exercises are written for a share of the services straight into
// the plugin's tables (continuityRecords below), and the benchmark times,
// over HTTP and in the same run:
//
// - GET /api/itsm/health: the HTTP floor;
// - POST /api/catalog/entities/by-refs with 500 refs: one bulk catalog read,
//   the unit the continuity checks are reported against;
// - GET /api/itsm/continuity/coverage: the coverage report (every critical
//   service's gaps and every analysed service's objectives checked against
//   the graph), as a service, which may read every entity, so the graph is
//   the plugin's CMDB index;
// - the same report as a signed-in user whom the permission policy allows
//   catalog entities only under a condition, so the graph is read from the
//   catalog as it answers them;
// - GET /api/itsm/continuity/objectives?entityRef=: the RTO consistency
//   check of one service, from the top layer (the deepest dependencies).
//
// Before measuring, the benchmark waits until the CMDB index has looked at
// the settled catalog (itsm.cmdb.historyFrequency, one minute here) and
// checks that the report from the index equals the report from the catalog.
// A report read from the catalog keeps each caller's graph for 30 seconds by
// default (itsm.continuity.graphCache); `--graph-cache 0` measures every such
// report cold, reading the whole catalog each time.
//
//   yarn bench:continuity [--requests 100] [--graph-cache 0] [--profile]
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
  startBackend,
  waitFor,
} from '../lib/backendProcess.mjs';
import { generateCatalog } from './impactCatalog.cjs';
import { runConcurrent } from './measure.cjs';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '100' },
    port: { type: 'string', default: '7184' },
    'graph-cache': { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const REQUESTS = Number(args.requests);
const PORT = Number(args.port);
const TOKEN = 'bench-token-0123456789abcdef';
const BASE = `http://localhost:${PORT}`;
const TARGET_P95 = 500;
const pgUrl =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';
const YAML = requireFromRoot('yaml');
const knexFactory = requireFromRoot('knex');
let seed = 17;
/** 0 … n-1 from the high bits of a seeded generator (its low bits cycle). */
const random = n => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return Math.floor((seed / 2 ** 31) * n);
};

const entities = generateCatalog();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itsm-continuity-'));
const catalogFile = path.join(dir, 'catalog.yaml');
fs.writeFileSync(
  catalogFile,
  entities.map(e => YAML.stringify(e)).join('---\n'),
);
const refOf = e => `${e.kind.toLowerCase()}:default/${e.metadata.name}`;
const refs = entities.map(refOf);
const components = entities.filter(e => e.kind === 'Component').map(refOf);
const databases = refs.filter(r => r.startsWith('resource:default/db-'));
const topLayer = components.filter(r =>
  r.startsWith('component:default/svc-4-'),
);
const prefix = `itsm_continuity_${process.pid}_`;

/**
 * The continuity records of the run, as the API would have stored them:
 * an approved analysis for 60 % of the components and 40 % of the
 * databases (RTO 1 h to 1 d, so some dependencies are slower than their
 * dependents), an active plan covering 70 % of the analysed services
 * (plans of ten services each) and a completed exercise of half the plans.
 */
function continuityRecords() {
  const records = [];
  const entityRows = [];
  const numbers = {};
  const at = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const add = (type, state, fields, entityRefs, closedAt = null) => {
    const number = (numbers[type] = (numbers[type] ?? 0) + 1);
    const id = crypto.randomUUID();
    records.push({
      id,
      type,
      number,
      title: `${type} ${number}`,
      description: 'seeded for the continuity benchmark',
      state,
      is_open: closedAt === null,
      priority: 'P3',
      reported_by: 'user:default/bench',
      channel: 'portal',
      version: 3,
      fields: JSON.stringify(fields),
      created_by: 'user:default/bench',
      created_at: at,
      updated_at: at,
      closed_at: closedAt,
    });
    for (const entityRef of entityRefs) {
      entityRows.push({
        record_id: id,
        entity_ref: entityRef,
        record_type: type,
        record_number: number,
      });
    }
  };
  const rtos = [60, 240, 480, 1440];
  const analysed = [];
  for (const ref of [...components, ...databases]) {
    const share = ref.startsWith('resource:') ? 5 : 10;
    if (random(share * 10) >= 60 * (share === 5 ? 1 / 3 : 1)) continue;
    const rtoMinutes = rtos[random(rtos.length)];
    add(
      'impact-analysis',
      'approved',
      {
        businessProcesses: ['Benchmark'],
        rtoMinutes,
        rpoMinutes: 15,
        mtpdMinutes: rtoMinutes <= 240 ? 1440 : 4320,
        reviewDueAt: new Date(Date.now() + 300 * 86_400_000).toISOString(),
      },
      [ref],
    );
    analysed.push(ref);
  }
  const planned = analysed.filter(() => random(10) < 7);
  let plans = 0;
  for (let i = 0; i < planned.length; i += 10) {
    const covered = planned.slice(i, i + 10);
    add('continuity-plan', 'active', { measures: [], procedure: [] }, covered);
    if (plans++ % 2 === 0) {
      add('exercise', 'completed', { kind: 'tabletop' }, covered, at);
    }
  }
  return { records, entityRows, numbers, analysed: analysed.length, plans };
}

async function get(route, token = TOKEN) {
  const res = await fetch(`${BASE}${route}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return res.json();
}

const backend = startBackend({
  name: 'continuity',
  entry: path.join(root, 'test/bench/impactCatalogBackend.ts'),
  env: { LOG_LEVEL: 'error' },
  nodeArgs: args.profile
    ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'test/bench/results')}`]
    : [],
  config: {
    app: { baseUrl: BASE },
    backend: {
      baseUrl: BASE,
      listen: { port: PORT },
      database: { client: 'pg', prefix, connection: postgresConnection(pgUrl) },
      auth: {
        externalAccess: [
          { type: 'static', options: { token: TOKEN, subject: 'bench' } },
        ],
      },
    },
    auth: {
      providers: {
        guest: {
          userEntityRef: 'user:default/bench.user',
          dangerouslyAllowOutsideDevelopment: true,
        },
      },
    },
    permission: { enabled: true },
    itsm: {
      cmdb: { historyFrequency: { minutes: 1 } },
      ...(args['graph-cache'] === undefined
        ? {}
        : {
            continuity: {
              graphCache: { seconds: Number(args['graph-cache']) },
            },
          }),
    },
    catalog: {
      rules: [{ allow: ['Component', 'System', 'API', 'Resource', 'Domain'] }],
      locations: [{ type: 'file', target: catalogFile }],
    },
  },
});

try {
  await waitFor(`${BASE}/api/itsm/health`);
  const started = Date.now();
  console.log(`Waiting for the catalog to process ${entities.length} entities`);
  for (;;) {
    const { totalItems } = await get(
      '/api/catalog/entities/by-query?limit=1&fields=kind',
    );
    // Every component's dependsOn is related once the last layer is stitched.
    const [top] = (
      await get(
        `/api/catalog/entities/by-query?filter=kind=component,metadata.name=svc-4-499&fields=relations`,
      )
    ).items;
    const related = top?.relations?.some(r => r.type === 'dependsOn') ?? false;
    if (totalItems >= entities.length && related) break;
    if (Date.now() - started > 20 * 60_000) throw new Error('catalog too slow');
    await new Promise(r => setTimeout(r, 3000));
  }
  // The last stitches of the other direction settle a little later.
  await new Promise(r => setTimeout(r, 10_000));
  console.log(`  processed in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const knex = knexFactory({
    client: 'pg',
    connection: { ...postgresConnection(pgUrl), database: `${prefix}itsm` },
  });
  const seeded = continuityRecords();
  await knex.transaction(async tx => {
    await tx.batchInsert('itsm_records', seeded.records, 500);
    await tx.batchInsert('itsm_record_entities', seeded.entityRows, 500);
  });
  await knex.raw('VACUUM ANALYZE');
  await knex.destroy();
  console.log(
    `  ${seeded.analysed} approved analyses, ${seeded.plans} active plans, ${seeded.numbers.exercise} completed exercises`,
  );

  // The report from the CMDB index (as the service) equals the report from
  // the catalog (as a user the policy allows entities only by a condition)
  // once the index has looked at the settled catalog.
  const { backstageIdentity } = await (
    await fetch(`${BASE}/api/auth/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    })
  ).json();
  const USER = backstageIdentity.token;
  const policy = async mode => {
    const res = await fetch(`${BASE}/api/impact-bench/catalog-read/${mode}`, {
      method: 'PUT',
    });
    if (!res.ok) throw new Error(`policy: ${res.status}`);
  };
  await policy('conditional');
  const shape = r =>
    JSON.stringify([
      r.criticalServices,
      r.gaps,
      r.inconsistent.map(v => [v.entityRef, v.issueCount, v.issues]),
      r.causes,
    ]);
  const indexed = Date.now();
  for (;;) {
    const [fromIndex, fromCatalog] = [
      await get('/api/itsm/continuity/coverage'),
      await get('/api/itsm/continuity/coverage', USER),
    ];
    if (fromIndex.graphSource !== 'cmdb-index') {
      // Before the first complete look the index is not walked.
    } else if (fromCatalog.graphSource !== 'catalog') {
      throw new Error('the conditional user was answered from the index');
    } else if (shape(fromIndex) === shape(fromCatalog)) {
      break;
    }
    if (Date.now() - indexed > 10 * 60_000) {
      throw new Error(
        `the index never gave the catalog report: ${fromIndex.graphSource}, ${fromIndex.inconsistent.length}/${fromCatalog.inconsistent.length} inconsistent, ${fromIndex.causes.length}/${fromCatalog.causes.length} causes`,
      );
    }
    await new Promise(r => setTimeout(r, 5000));
  }
  console.log(
    `  the index gives the catalog's report after ${(
      (Date.now() - indexed) /
      1000
    ).toFixed(0)} s more`,
  );

  const measure = op => runConcurrent({ total: REQUESTS, concurrency: 1, op });
  const objectives = () =>
    `/api/itsm/continuity/objectives?entityRef=${encodeURIComponent(
      topLayer[random(topLayer.length)],
    )}`;
  // Warm up connections and the JIT.
  await runConcurrent({
    total: 10,
    concurrency: 1,
    op: () => get(objectives()),
  });
  await get('/api/itsm/continuity/coverage');
  const health = await measure(() => get('/api/itsm/health'));
  const bulk = await measure(async () => {
    const res = await fetch(`${BASE}/api/catalog/entities/by-refs`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        entityRefs: Array.from(
          { length: 500 },
          () => refs[random(refs.length)],
        ),
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'metadata.annotations',
          'spec.type',
          'relations',
        ],
      }),
    });
    if (!res.ok) throw new Error(`by-refs: ${res.status}`);
    await res.arrayBuffer();
  });
  let report;
  let bytes = 0;
  const coverage = await measure(async () => {
    const res = await fetch(`${BASE}/api/itsm/continuity/coverage`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    if (!res.ok) throw new Error(`coverage: ${res.status}`);
    const text = await res.text();
    bytes = text.length;
    report = JSON.parse(text);
    if (report.graphSource !== 'cmdb-index') throw new Error('not the index');
  });
  const coverageCatalog = await measure(async () => {
    const r = await get('/api/itsm/continuity/coverage', USER);
    if (r.graphSource !== 'catalog') throw new Error('not the catalog');
  });
  const issues = [];
  const check = await measure(async () => {
    const view = await get(objectives());
    issues.push(view.issues.length);
  });
  issues.sort((a, b) => a - b);
  const f = n => n.toFixed(1);
  const row = (label, m) =>
    `| ${label} | ${f(m.p50)} | ${f(m.p95)} | ${f(m.p99)} | ${(
      m.p95 / bulk.p95
    ).toFixed(2)} |`;
  const results = { health, bulk, coverage, coverageCatalog, check };
  console.log(`
Machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, Node ${process.version}
${
  entities.length
} entities in Backstage's catalog (PostgreSQL); ${REQUESTS} sequential requests each
graph cache: ${
    args['graph-cache'] === undefined
      ? 'default (30 s)'
      : `${args['graph-cache']} s`
  }
${seeded.analysed} approved analyses, ${seeded.plans} active plans, ${
    seeded.numbers.exercise
  } completed exercises
coverage report: ${report.criticalServices} critical services, ${
    report.gaps.length
  } with gaps, ${
    report.inconsistent.length
  } with inconsistent objectives (${report.inconsistent.reduce(
    (n, v) => n + v.issueCount,
    0,
  )} issues, ${report.causes.length} causes); ${(bytes / 1e6).toFixed(
    2,
  )} MB of JSON
objectives of a top-layer service: issues median ${
    issues[issues.length >> 1]
  }, max ${issues[issues.length - 1]}

| measure | p50 (ms) | p95 (ms) | p99 (ms) | p95 / bulk read p95 |
|---|---|---|---|---|
${row('GET /api/itsm/health (HTTP floor)', health)}
${row('catalog by-refs, 500 refs (one bulk read)', bulk)}
${row('GET /api/itsm/continuity/coverage (CMDB index)', coverage)}
${row(
  'GET /api/itsm/continuity/coverage (catalog, a conditional user)',
  coverageCatalog,
)}
${row('GET /api/itsm/continuity/objectives?entityRef= (top layer)', check)}

Target (issue 20): p95 <= ${TARGET_P95} ms. Errors: ${Object.values(
    results,
  ).reduce((n, m) => n + m.errors, 0)}`);
  const outDir = path.join(root, 'test/bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(
      outDir,
      `continuity-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    ),
    JSON.stringify({ args, results }, null, 2),
  );
} finally {
  await backend.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  await dropDatabases(pgUrl, prefix);
}
