import {
  analyzeImpact,
  ImpactNode,
  ImpactNodeLoader,
  ImpactRelation,
} from './analyzeImpact';

/**
 * A catalog as edges "an impact on `from` passes to `to`", owned by
 * team-<name>; records every load.
 */
function catalog(edges: [string, string, ImpactRelation?][]) {
  const nodes = new Map<string, ImpactNode>();
  const node = (ref: string) => {
    if (!nodes.has(ref)) {
      nodes.set(ref, {
        entityRef: ref,
        kind: ref.split(':')[0],
        title: ref.split('/')[1],
        ciClass: 'software',
        owners: [`group:default/team-${ref.split('/')[1]}`],
        next: [],
      });
    }
    return nodes.get(ref)!;
  };
  for (const [from, to, relation] of edges) {
    node(to);
    node(from).next.push({
      entityRef: to,
      relation: relation ?? 'dependencyOf',
    });
  }
  const loads: string[][] = [];
  const load: ImpactNodeLoader = async refs => {
    loads.push(refs);
    return new Map(
      refs.flatMap(r => (nodes.has(r) ? [[r, nodes.get(r)!] as const] : [])),
    );
  };
  return { load, loads };
}

const c = (name: string) => `component:default/${name}`;
const refsOf = (items: { entityRef: string }[]) => items.map(i => i.entityRef);

describe('analyzeImpact', () => {
  it('follows a chain, nearest first, with depth, path, relation and owners', async () => {
    const { load } = catalog([
      ['resource:default/db', c('api-server'), 'dependencyOf'],
      [c('api-server'), 'api:default/orders-api', 'providesApi'],
      ['api:default/orders-api', c('web'), 'apiConsumedBy'],
      [c('web'), 'system:default/shop', 'partOf'],
    ]);
    const result = await analyzeImpact({
      entityRefs: ['resource:default/db'],
      maxDepth: 5,
      maxEntities: 100,
      load,
    });
    expect(refsOf(result.roots)).toEqual(['resource:default/db']);
    expect(
      result.impacted.map(i => [i.entityRef, i.depth, i.relation]),
    ).toEqual([
      [c('api-server'), 1, 'dependencyOf'],
      ['api:default/orders-api', 2, 'providesApi'],
      [c('web'), 3, 'apiConsumedBy'],
      ['system:default/shop', 4, 'partOf'],
    ]);
    expect(result.impacted[3].path).toEqual([
      'resource:default/db',
      c('api-server'),
      'api:default/orders-api',
      c('web'),
      'system:default/shop',
    ]);
    expect(result.stakeholders).toEqual([
      'group:default/team-api-server',
      'group:default/team-db',
      'group:default/team-orders-api',
      'group:default/team-shop',
      'group:default/team-web',
    ]);
    expect(result.truncated).toBe(false);
  });

  it('loads each level in one request', async () => {
    const { load, loads } = catalog([
      [c('a'), c('b1')],
      [c('a'), c('b2')],
      [c('a'), c('b3')],
      [c('b1'), c('c1')],
      [c('b2'), c('c2')],
    ]);
    await analyzeImpact({
      entityRefs: [c('a')],
      maxDepth: 5,
      maxEntities: 100,
      load,
    });
    expect(loads).toEqual([
      [c('a')],
      [c('b1'), c('b2'), c('b3')],
      [c('c1'), c('c2')],
    ]);
  });

  it('reaches each entity of a diamond once, by a shortest path, and keeps both edges', async () => {
    const { load } = catalog([
      [c('db'), c('left')],
      [c('db'), c('right')],
      [c('left'), c('top')],
      [c('right'), c('top')],
    ]);
    const result = await analyzeImpact({
      entityRefs: [c('db')],
      maxDepth: 5,
      maxEntities: 100,
      load,
    });
    expect(refsOf(result.impacted)).toEqual([c('left'), c('right'), c('top')]);
    expect(result.impacted[2]).toMatchObject({
      depth: 2,
      path: [c('db'), c('left'), c('top')],
    });
    expect(result.edges.filter(e => e.to === c('top'))).toHaveLength(2);
  });

  it('ends on cycles without visiting an entity twice', async () => {
    const { load, loads } = catalog([
      [c('a'), c('b')],
      [c('b'), c('c')],
      [c('c'), c('a')],
      [c('c'), c('c')],
    ]);
    const result = await analyzeImpact({
      entityRefs: [c('a')],
      maxDepth: 10,
      maxEntities: 100,
      load,
    });
    expect(refsOf(result.impacted)).toEqual([c('b'), c('c')]);
    expect(loads).toHaveLength(3);
    expect(result.edges).toHaveLength(4);
    expect(result.truncated).toBe(false);
  });

  it('stops at the depth bound and says more lay beyond', async () => {
    const { load } = catalog([
      [c('a'), c('b')],
      [c('b'), c('c')],
      [c('c'), c('d')],
    ]);
    const result = await analyzeImpact({
      entityRefs: [c('a')],
      maxDepth: 2,
      maxEntities: 100,
      load,
    });
    expect(refsOf(result.impacted)).toEqual([c('b'), c('c')]);
    expect(result.truncated).toBe(true);
    expect(result.edges.map(e => e.to)).toEqual([c('b'), c('c')]);
  });

  it('stops at the size bound, roots included, and says so', async () => {
    const { load } = catalog(
      Array.from(
        { length: 10 },
        (_, i) => [c('hub'), c(`leaf-${i}`)] as [string, string],
      ),
    );
    const result = await analyzeImpact({
      entityRefs: [c('hub')],
      maxDepth: 5,
      maxEntities: 4,
      load,
    });
    expect(result.roots).toHaveLength(1);
    expect(result.impacted).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });

  it('names the starting entities the catalog does not have, and skips dangling relations', async () => {
    const { load } = catalog([[c('a'), c('b')]]);
    const result = await analyzeImpact({
      entityRefs: [c('a'), c('ghost'), c('a')],
      maxDepth: 5,
      maxEntities: 100,
      load: async refs => {
        const found = await load(refs);
        // b's relation points at an entity that has gone from the catalog.
        const b = found.get(c('b'));
        if (b) b.next = [{ entityRef: c('gone'), relation: 'dependencyOf' }];
        return found;
      },
    });
    expect(refsOf(result.roots)).toEqual([c('a')]);
    expect(result.missing).toEqual([c('ghost')]);
    expect(refsOf(result.impacted)).toEqual([c('b')]);
    expect(result.edges).toEqual([
      { from: c('a'), to: c('b'), relation: 'dependencyOf' },
    ]);
  });
});
