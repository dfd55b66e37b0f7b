#!/usr/bin/env node
// Impact analysis against a real catalog: writes the generated 5,000-entity
// catalog (impactCatalog.cjs) to a file, starts a backend with Backstage's
// catalog reading it, the itsm plugin, the auth and permission backends
// (impactCatalogBackend.ts; PostgreSQL), waits until the catalog has
// processed and related every entity and the plugin's CMDB index holds
// them, checks that walking the index finds what reading the catalog finds,
// then times depth-5 analyses over HTTP (GET /api/itsm/impact) from random
// resources and components, beside what the same backend needs for a bare
// route and for one bulk catalog request of 500 refs. The analyses are
// timed three ways, each cold (the plugin's per-caller cache is off):
//
// - by a service: the permission framework allows it every entity without
//   asking the policy, so the plugin walks its CMDB index;
// - by a signed-in user the policy allows every entity: the same walk, plus
//   the permission round trip;
// - by a signed-in user the policy allows entities on a condition: the
//   plugin reads each level from the catalog, which applies the condition.
//
//   yarn bench:impact:catalog [--requests 300] [--profile]
//
// --profile writes a CPU profile of the backend (node --cpu-prof) to
// test/bench/results/, to open in Chrome's DevTools.
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
    requests: { type: 'string', default: '300' },
    profile: { type: 'boolean', default: false },
  },
});
const REQUESTS = Number(args.requests);
const PORT = 7183;
const TOKEN = 'bench-token-0123456789abcdef';
const BASE = `http://localhost:${PORT}`;
const pgUrl =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';
const YAML = requireFromRoot('yaml');
let seed = 11;
const random = n => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

const entities = generateCatalog();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itsm-impact-'));
const catalogFile = path.join(dir, 'catalog.yaml');
fs.writeFileSync(
  catalogFile,
  entities.map(e => YAML.stringify(e)).join('---\n'),
);
const refs = entities.map(
  e => `${e.kind.toLowerCase()}:default/${e.metadata.name}`,
);
const starts = refs.filter(
  r => r.startsWith('resource:') || r.startsWith('component:'),
);
/** The entities that depend on one network device, as the catalog relates them. */
const netDependents = entities.filter(e =>
  (e.spec.dependsOn ?? []).includes('resource:default/net-0'),
).length;
const prefix = `itsm_impact_${process.pid}_`;

async function get(route, token = TOKEN) {
  const res = await fetch(`${BASE}${route}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return res.json();
}

const backend = startBackend({
  name: 'impact',
  entry: path.join(root, 'test/bench/impactCatalogBackend.ts'),
  // The plugin warns of each item the catalog adds after its first look
  // (an unauthorised change whose owner no notifications backend hears).
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
      cmdb: { historyFrequency: { seconds: 5 }, impactCache: { seconds: 0 } },
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
    // Inverse relations come when the related entity is stitched again: a
    // server's dependents and an API's consumers must all be there.
    const [server] = (
      await get(
        '/api/catalog/entities/by-query?filter=kind=resource,metadata.name=net-0&fields=relations',
      )
    ).items;
    const dependents =
      server?.relations?.filter(r => r.type === 'dependencyOf').length ?? 0;
    if (totalItems >= entities.length && dependents >= netDependents) break;
    if (Date.now() - started > 20 * 60_000) throw new Error('catalog too slow');
    await new Promise(r => setTimeout(r, 3000));
  }
  console.log(`  processed in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  // The CMDB index holds every entity, as related at the end (a look
  // after the catalog finished: the server's dependents are all there).
  const indexed = Date.now();
  for (;;) {
    const { total } = await get('/api/itsm/cis/report');
    const { impacted } = await get(
      '/api/itsm/impact?entityRef=resource:default/net-0&depth=1',
    );
    if (total >= entities.length && impacted.length >= netDependents) break;
    if (Date.now() - indexed > 10 * 60_000) throw new Error('index too slow');
    await new Promise(r => setTimeout(r, 2000));
  }
  console.log(
    `  indexed by the plugin in ${((Date.now() - indexed) / 1000).toFixed(
      0,
    )} s more`,
  );

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
  const analysis = () =>
    `/api/itsm/impact?entityRef=${encodeURIComponent(
      starts[random(starts.length)],
    )}&depth=5`;

  // What the index walk finds is what reading the catalog finds.
  await policy('conditional');
  for (let i = 0; i < 30; i++) {
    const route = analysis();
    const shape = a =>
      JSON.stringify([
        a.impacted.map(e => `${e.entityRef}@${e.depth}:${e.ciClass}`).sort(),
        a.stakeholders,
        a.edges.length,
        a.truncated,
      ]);
    const [walked, read] = [await get(route), await get(route, USER)];
    if (shape(walked) !== shape(read)) {
      throw new Error(`${route}: the index walk and the catalog differ`);
    }
  }
  console.log(
    '  30 analyses: the index walk finds what the catalog read finds',
  );

  const sizes = [];
  const measure = op => runConcurrent({ total: REQUESTS, concurrency: 1, op });
  await policy('allow');
  await runConcurrent({
    total: 20,
    concurrency: 1,
    op: () => get(analysis()),
  });
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
  const service = await measure(async () => {
    const result = await get(analysis());
    sizes.push(result.impacted.length);
  });
  const user = await measure(() => get(analysis(), USER));
  await policy('conditional');
  const conditional = await measure(() => get(analysis(), USER));
  sizes.sort((a, b) => a - b);
  const f = n => n.toFixed(1);
  console.log(`
Machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, Node ${process.version}
${
  entities.length
} entities in Backstage's catalog (PostgreSQL); ${REQUESTS} sequential requests each
entities reached at depth 5: median ${sizes[sizes.length >> 1]}, max ${
    sizes[sizes.length - 1]
  }

| measure | p50 (ms) | p95 (ms) | p99 (ms) |
|---|---|---|---|
| GET /api/itsm/health (HTTP floor) | ${f(health.p50)} | ${f(health.p95)} | ${f(
    health.p99,
  )} |
| catalog by-refs, 500 refs (one level's bulk read) | ${f(bulk.p50)} | ${f(
    bulk.p95,
  )} | ${f(bulk.p99)} |
| GET /api/itsm/impact, depth 5, a service (index walk) | ${f(
    service.p50,
  )} | ${f(service.p95)} | ${f(service.p99)} |
| GET /api/itsm/impact, depth 5, a user allowed every entity (index walk) | ${f(
    user.p50,
  )} | ${f(user.p95)} | ${f(user.p99)} |
| GET /api/itsm/impact, depth 5, a user allowed on a condition (catalog read) | ${f(
    conditional.p50,
  )} | ${f(conditional.p95)} | ${f(conditional.p99)} |

Target (issue 4): impact p95 < 200 ms. Errors: ${
    health.errors +
    bulk.errors +
    service.errors +
    user.errors +
    conditional.errors
  }`);
} finally {
  await backend.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  await dropDatabases(pgUrl, prefix);
}
