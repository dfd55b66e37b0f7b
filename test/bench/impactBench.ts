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
 *     getEntitiesByRefs from memory (one bulk request per level).
 * A real catalog adds its own cost per bulk request (five per analysis).
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs test/bench/impactBench.ts
 */
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ImpactAnalysisService } from '../../plugins/itsm-backend/src/services/ImpactAnalysisService';
import { runConcurrent } from './measure.cjs';

const DEPTH = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 2000);

/** A tiny seeded random generator, so every run measures the same catalog. */
let seed = 42;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const pick = <T>(items: T[], count: number) =>
  Array.from({ length: count }, () => items[random(items.length)]);

function generateCatalog(): Entity[] {
  const entities = new Map<string, Entity>();
  const add = (kind: string, name: string, type?: string) => {
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace: 'default' },
      spec: {
        ...(type ? { type } : {}),
        owner: `group:default/team-${random(60)}`,
      },
      relations: [],
    };
    entity.relations!.push({
      type: 'ownedBy',
      targetRef: entity.spec!.owner as string,
    });
    entities.set(stringifyEntityRef(entity), entity);
    return stringifyEntityRef(entity);
  };
  const relate = (from: string, type: string, to: string, inverse: string) => {
    entities.get(from)!.relations!.push({ type, targetRef: to });
    entities.get(to)!.relations!.push({ type: inverse, targetRef: from });
  };
  const dependsOn = (from: string, to: string) =>
    relate(from, 'dependsOn', to, 'dependencyOf');

  const domains = Array.from({ length: 10 }, (_, i) =>
    add('Domain', `domain-${i}`),
  );
  const systems = Array.from({ length: 50 }, (_, i) =>
    add('System', `system-${i}`),
  );
  systems.forEach((s, i) => relate(s, 'partOf', domains[i % 10], 'hasPart'));

  const network = Array.from({ length: 50 }, (_, i) =>
    add('Resource', `net-${i}`, 'network-device'),
  );
  const storage = Array.from({ length: 50 }, (_, i) =>
    add('Resource', `san-${i}`, 'storage'),
  );
  const servers = Array.from({ length: 700 }, (_, i) =>
    add('Resource', `server-${i}`, 'server'),
  );
  const databases = Array.from({ length: 700 }, (_, i) =>
    add('Resource', `db-${i}`, 'database'),
  );
  for (const server of servers) {
    pick(network, 2).forEach(n => dependsOn(server, n));
    pick(storage, 1).forEach(s => dependsOn(server, s));
  }
  for (const db of databases) pick(servers, 1).forEach(s => dependsOn(db, s));

  const layers: string[][] = [];
  for (let layer = 0; layer < 5; layer++) {
    layers.push(
      Array.from({ length: 500 }, (_, i) => {
        const ref = add('Component', `svc-${layer}-${i}`, 'service');
        relate(ref, 'partOf', systems[random(50)], 'hasPart');
        if (layer === 0) {
          pick(databases, 1 + random(2)).forEach(d => dependsOn(ref, d));
        } else {
          new Set(pick(layers[layer - 1], 1 + random(3))).forEach(c =>
            dependsOn(ref, c),
          );
        }
        return ref;
      }),
    );
  }
  const components = layers.flat();
  for (let i = 0; i < 940; i++) {
    const api = add('API', `api-${i}`, 'openapi');
    relate(pick(components, 1)[0], 'providesApi', api, 'apiProvidedBy');
    new Set(pick(components, 2 + random(5))).forEach(c =>
      relate(c, 'consumesApi', api, 'apiConsumedBy'),
    );
  }
  return [...entities.values()];
}

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
  const entities = generateCatalog();
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
catalog requests per analysis: ${(requests / RUNS).toFixed(2)}

| measure | floor (walk) | service | ratio | target |
|---|---|---|---|---|
| p50 (ms) | ${f(floor.p50)} | ${f(measured.p50)} | ${f(
    measured.p50 / floor.p50,
  )} | |
| p95 (ms) | ${f(floor.p95)} | ${f(measured.p95)} | ${f(
    measured.p95 / floor.p95,
  )} | < 200 |
| p99 (ms) | ${f(floor.p99)} | ${f(measured.p99)} | ${f(
    measured.p99 / floor.p99,
  )} | |`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
