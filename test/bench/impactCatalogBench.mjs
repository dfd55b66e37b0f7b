#!/usr/bin/env node
// Impact analysis against a real catalog: writes the generated 5,000-entity
// catalog (impactCatalog.cjs) to a file, starts a backend with Backstage's
// catalog reading it and the itsm plugin (on PostgreSQL), waits until the
// catalog has processed and related every entity, then times depth-5
// analyses over HTTP (GET /api/itsm/impact) from random resources and
// components, beside what the same backend needs for a bare route and for
// one bulk catalog request of 500 refs. The analyses are timed twice: each
// by a caller of its own (cold: every entity read from the catalog) and all
// by one caller (warm: the plugin reuses what that caller read in the last
// 30 seconds, as the analyses of one page or one user's next ones do).
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
const prefix = `itsm_impact_${process.pid}_`;

/** One static token per cold caller, so none shares another's cache. */
const coldToken = i => `${TOKEN}-cold-${i}`;

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
  nodeArgs: args.profile
    ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'test/bench/results')}`]
    : [],
  config: {
    backend: {
      baseUrl: BASE,
      listen: { port: PORT },
      database: { client: 'pg', prefix, connection: postgresConnection(pgUrl) },
      auth: {
        externalAccess: [
          { type: 'static', options: { token: TOKEN, subject: 'bench' } },
          ...Array.from({ length: REQUESTS }, (_, i) => ({
            type: 'static',
            options: { token: coldToken(i), subject: `bench-cold-${i}` },
          })),
        ],
      },
    },
    permission: { enabled: false },
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
    if (totalItems >= entities.length && dependents > 0) {
      const expected = entities.filter(e =>
        (e.spec.dependsOn ?? []).includes('resource:default/net-0'),
      ).length;
      if (dependents >= expected) break;
    }
    if (Date.now() - started > 20 * 60_000) throw new Error('catalog too slow');
    await new Promise(r => setTimeout(r, 3000));
  }
  console.log(`  processed in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const sizes = [];
  const measure = op => runConcurrent({ total: REQUESTS, concurrency: 1, op });
  await runConcurrent({
    total: 20,
    concurrency: 1,
    op: () =>
      get(
        `/api/itsm/impact?entityRef=${starts[random(starts.length)]}&depth=5`,
      ),
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
  const analysis = () =>
    `/api/itsm/impact?entityRef=${encodeURIComponent(
      starts[random(starts.length)],
    )}&depth=5`;
  let caller = 0;
  const impact = await measure(async () => {
    const result = await get(analysis(), coldToken(caller++));
    sizes.push(result.impacted.length);
  });
  const warm = await measure(() => get(analysis()));
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
| GET /api/itsm/impact, depth 5, cold (a caller each) | ${f(impact.p50)} | ${f(
    impact.p95,
  )} | ${f(impact.p99)} |
| GET /api/itsm/impact, depth 5, warm (one caller) | ${f(warm.p50)} | ${f(
    warm.p95,
  )} | ${f(warm.p99)} |

Target (issue 4): impact p95 < 200 ms. Errors: ${
    health.errors + bulk.errors + impact.errors + warm.errors
  }`);
} finally {
  await backend.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  await dropDatabases(pgUrl, prefix);
}
