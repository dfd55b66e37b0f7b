/*
 * Impact analysis over a generated catalog of 5,000 entities with a
 * realistic fan-out (issue 4's benchmark): 10 domains, 50 systems, 2,500
 * components in five layers (each depends on 1-3 components of the layer
 * below, the lowest on 1-2 resources), 1,500 resources (databases on
 * servers, servers on storage and network devices) and 940 APIs (each
 * provided by one component and consumed by 2-6 others), with relations in
 * both directions as the catalog computes them.
 *
 * Measures, in the same run, the p95 of a depth-5 analysis from random
 * resources and components:
 *   - floor: a breadth-first walk over an in-memory adjacency map (no
 *     catalog, no result building): what the traversal itself costs;
 *   - service: ImpactAnalysisService over a catalog that answers
 *     getEntitiesByRefs from memory (one bulk request per level), as it
 *     runs for a caller the catalog filters;
 *   - index: ImpactAnalysisService walking the CMDB index in an in-memory
 *     SQLite database (one query per level), as it runs for a caller who
 *     may read every entity.
 * A real catalog adds its own cost per bulk request (five per analysis).
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs test/bench/impactBench.ts
 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import knexFactory from 'knex';
import { DatabaseCiHistoryStore } from '../../plugins/itsm-backend/src/cmdb/database/DatabaseCiHistoryStore';
import { ciIndexOf } from '../../plugins/itsm-backend/src/cmdb/domain/ciIndexOf';
import { impactLinksOf } from '../../plugins/itsm-backend/src/cmdb/domain/impactLinksOf';
import { ImpactAnalysisService } from '../../plugins/itsm-backend/src/cmdb/services/ImpactAnalysisService';
import { generateCatalog, withRelations } from './impactCatalog.cjs';
import { runConcurrent } from './measure.cjs';

const DEPTH = 5;
let seed = 7;
/** Which entities to start from: random, but the same in every run. */
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const RUNS = Number(process.env.BENCH_RUNS ?? 2000);

const IMPACT = new Set([
  'dependencyOf',
  'apiConsumedBy',
  'providesApi',
  'partOf',
]);

/** The floor: the same walk over an adjacency map, counting what it reaches. */
function walk(adjacency: Map<string, string[]>, start: string): number {
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 0; depth < DEPTH && frontier.length; depth++) {
    const next: string[] = [];
    for (const ref of frontier) {
      for (const to of adjacency.get(ref) ?? []) {
        if (!seen.has(to)) {
          seen.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return seen.size;
}

async function main() {
  const entities: Entity[] = withRelations(generateCatalog());
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLowerCase(), e]),
  );
  const adjacency = new Map(
    [...byRef].map(([ref, e]) => [
      ref,
      (e.relations ?? [])
        .filter(r => IMPACT.has(r.type))
        .map(r => r.targetRef.toLowerCase()),
    ]),
  );
  let requests = 0;
  const catalog = {
    async getEntitiesByRefs(request: { entityRefs: string[] }) {
      requests++;
      return { items: request.entityRefs.map(ref => byRef.get(ref)) };
    },
  } as unknown as CatalogService;
  const service = new ImpactAnalysisService({ catalog, classRules: [] });

  // The CMDB index as the history task leaves it, in an in-memory SQLite.
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
  });
  const store = await DatabaseCiHistoryStore.create({ knex });
  await store.saveLook({
    snapshots: [...byRef].map(([entityRef, entity]) => ({
      entityRef,
      etag: 'bench',
      snapshot: {},
      seenAt: new Date().toISOString(),
      index: ciIndexOf(entity, []),
      impact: { kind: entity.kind, ...impactLinksOf(entity) },
    })),
    removed: [],
    changes: [],
  });
  const indexed = new ImpactAnalysisService({
    catalog,
    classRules: [],
    index: { store, permissions: mockServices.permissions() },
  });
  const credentials = mockCredentials.user();
  const starts = [...byRef.keys()].filter(
    r => r.startsWith('resource:') || r.startsWith('component:'),
  );

  const sizes: number[] = [];
  const floor = await runConcurrent({
    total: RUNS,
    concurrency: 1,
    op: async () => {
      sizes.push(walk(adjacency, starts[random(starts.length)]));
    },
  });
  requests = 0;
  const analyzed: number[] = [];
  const measured = await runConcurrent({
    total: RUNS,
    concurrency: 1,
    op: async () => {
      const result = await service.analyze(
        { entityRefs: [starts[random(starts.length)]], depth: DEPTH },
        credentials,
      );
      analyzed.push(result.impacted.length);
    },
  });
  const catalogRequests = requests;
  requests = 0;
  const walked = await runConcurrent({
    total: RUNS,
    concurrency: 1,
    op: () =>
      indexed.analyze(
        { entityRefs: [starts[random(starts.length)]], depth: DEPTH },
        credentials,
      ),
  });
  const indexRequests = requests;
  await knex.destroy();
  sizes.sort((a, b) => a - b);
  analyzed.sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(2);
  console.log(`
${
  entities.length
} entities; depth ${DEPTH}; ${RUNS} analyses from random resources and components
entities reached: median ${sizes[sizes.length >> 1]}, p95 ${
    sizes[Math.floor(sizes.length * 0.95)]
  }, max ${sizes[sizes.length - 1]} (service: median ${
    analyzed[analyzed.length >> 1]
  }, max ${analyzed[analyzed.length - 1]})
catalog requests per analysis: service ${(catalogRequests / RUNS).toFixed(
    2,
  )}, index ${(indexRequests / RUNS).toFixed(2)}

| measure | floor (walk) | service (catalog) | index (SQLite) | service / floor | index / floor | target |
|---|---|---|---|---|---|---|
${(['p50', 'p95', 'p99'] as const)
  .map(
    p =>
      `| ${p} (ms) | ${f(floor[p])} | ${f(measured[p])} | ${f(walked[p])} | ${f(
        measured[p] / floor[p],
      )} | ${f(walked[p] / floor[p])} | ${p === 'p95' ? '< 200' : ''} |`,
  )
  .join('\n')}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
