// The generated catalog of the impact analysis benchmarks: 5,000 entities
// with a realistic fan-out (see impactBench.ts), deterministic (a seeded
// random generator). `generateCatalog` gives the entities as written in
// catalog files (spec fields only); `withRelations` adds the relations the
// catalog computes from them, in both directions. CommonJS, for both the
// TypeScript benchmark and the .mjs runner.

function seededRandom(seed) {
  let state = seed;
  return n => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

function generateCatalog() {
  const random = seededRandom(42);
  const pick = (items, count) =>
    Array.from({ length: count }, () => items[random(items.length)]);
  const entities = [];
  const add = (kind, name, spec) => {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace: 'default' },
      spec: { ...spec, owner: `group:default/team-${random(60)}` },
    });
    return entities[entities.length - 1];
  };
  const refOf = e => `${e.kind.toLowerCase()}:default/${e.metadata.name}`;

  const domains = Array.from({ length: 10 }, (_, i) =>
    add('Domain', `domain-${i}`, {}),
  );
  const systems = Array.from({ length: 50 }, (_, i) =>
    add('System', `system-${i}`, { domain: domains[i % 10].metadata.name }),
  );
  const resources = (count, prefix, type) =>
    Array.from({ length: count }, (_, i) =>
      add('Resource', `${prefix}-${i}`, { type, dependsOn: [] }),
    );
  const network = resources(50, 'net', 'network-device');
  const storage = resources(50, 'san', 'storage');
  const servers = resources(700, 'server', 'server');
  const databases = resources(700, 'db', 'database');
  for (const server of servers) {
    server.spec.dependsOn = [
      ...new Set([...pick(network, 2), ...pick(storage, 1)].map(refOf)),
    ];
  }
  for (const db of databases) db.spec.dependsOn = pick(servers, 1).map(refOf);

  const layers = [];
  for (let layer = 0; layer < 5; layer++) {
    layers.push(
      Array.from({ length: 500 }, (_, i) =>
        add('Component', `svc-${layer}-${i}`, {
          type: 'service',
          lifecycle: 'production',
          system: systems[random(50)].metadata.name,
          dependsOn: [
            ...new Set(
              (layer === 0
                ? pick(databases, 1 + random(2))
                : pick(layers[layer - 1], 1 + random(3))
              ).map(refOf),
            ),
          ],
          providesApis: [],
          consumesApis: [],
        }),
      ),
    );
  }
  const components = layers.flat();
  for (let i = 0; i < 940; i++) {
    const api = add('API', `api-${i}`, {
      type: 'openapi',
      lifecycle: 'production',
      definition: 'openapi: 3.0.0',
    });
    pick(components, 1)[0].spec.providesApis.push(api.metadata.name);
    for (const consumer of new Set(pick(components, 2 + random(5)))) {
      if (!consumer.spec.consumesApis.includes(api.metadata.name)) {
        consumer.spec.consumesApis.push(api.metadata.name);
      }
    }
  }
  return entities;
}

/** The entities with the relations the catalog computes, both ways. */
function withRelations(entities) {
  const byRef = new Map();
  const copies = entities.map(e => ({ ...e, relations: [] }));
  for (const e of copies) {
    byRef.set(`${e.kind.toLowerCase()}:default/${e.metadata.name}`, e);
  }
  const relate = (from, type, to, inverse) => {
    from.relations.push({ type, targetRef: to });
    const target = byRef.get(to);
    if (target)
      target.relations.push({
        type: inverse,
        targetRef: `${from.kind.toLowerCase()}:default/${from.metadata.name}`,
      });
  };
  for (const e of copies) {
    const spec = e.spec;
    relate(e, 'ownedBy', spec.owner, 'ownerOf');
    if (spec.system)
      relate(e, 'partOf', `system:default/${spec.system}`, 'hasPart');
    if (spec.domain)
      relate(e, 'partOf', `domain:default/${spec.domain}`, 'hasPart');
    for (const ref of spec.dependsOn ?? [])
      relate(e, 'dependsOn', ref, 'dependencyOf');
    for (const api of spec.providesApis ?? [])
      relate(e, 'providesApi', `api:default/${api}`, 'apiProvidedBy');
    for (const api of spec.consumesApis ?? [])
      relate(e, 'consumesApi', `api:default/${api}`, 'apiConsumedBy');
  }
  return copies;
}

module.exports = { generateCatalog, withRelations };
