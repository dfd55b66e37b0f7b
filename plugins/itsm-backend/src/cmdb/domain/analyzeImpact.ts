/**
 * Impact analysis: everything that depends, transitively, on a set of
 * entities, breadth first (so each entity is reached by a shortest path),
 * one bulk load per level, safe on cycles, bounded in depth and size.
 * An impact passes from an entity to those that depend on it
 * (`dependencyOf`), to the consumers of an API (`apiConsumedBy`), to the
 * APIs a component provides (`providesApi`) and to what it is part of
 * (`partOf`).
 */
import {
  ImpactAnalysis,
  ImpactedEntity,
  ImpactRelation,
} from '@backstage-itsm/plugin-itsm-common';

export type { ImpactAnalysis, ImpactedEntity, ImpactRelation };

/** What the analysis needs to know of one entity. */
export type ImpactNode = {
  entityRef: string;
  kind: string;
  title: string;
  ciClass: string;
  owners: string[];
  /** The entities an impact on this one passes to, and through which relation. */
  next: { entityRef: string; relation: ImpactRelation }[];
};

/** Loads the nodes of the given refs (in one request); absent ones are left out. */
export type ImpactNodeLoader = (
  entityRefs: string[],
) => Promise<Map<string, ImpactNode>>;

export async function analyzeImpact(options: {
  entityRefs: string[];
  maxDepth: number;
  /** At most this many entities in the result, roots included. */
  maxEntities: number;
  load: ImpactNodeLoader;
}): Promise<ImpactAnalysis> {
  const { maxDepth, maxEntities, load } = options;
  const startRefs = [...new Set(options.entityRefs)].slice(0, maxEntities);
  const found = new Map<string, { node: ImpactNode; entity: ImpactedEntity }>();
  const loadedRoots = await load(startRefs);
  let frontier: ImpactNode[] = [];
  for (const ref of startRefs) {
    const node = loadedRoots.get(ref);
    if (node) {
      found.set(ref, { node, entity: present(node, 0, [ref]) });
      frontier.push(node);
    }
  }
  let truncated = options.entityRefs.length > startRefs.length;

  for (let depth = 1; frontier.length > 0; depth++) {
    // The refs this level reaches first, each with the step that reached it.
    const reached = new Map<
      string,
      { from: ImpactNode; relation: ImpactRelation }
    >();
    for (const from of frontier) {
      for (const { entityRef, relation } of from.next) {
        if (!found.has(entityRef) && !reached.has(entityRef)) {
          reached.set(entityRef, { from, relation });
        }
      }
    }
    if (reached.size === 0) break;
    const room = maxEntities - found.size;
    if (depth > maxDepth || reached.size > room) {
      truncated = true;
    }
    if (depth > maxDepth || room <= 0) break;
    const refs = [...reached.keys()].slice(0, room);
    const loaded = await load(refs);
    frontier = [];
    for (const ref of refs) {
      const node = loaded.get(ref);
      const step = reached.get(ref)!;
      if (node) {
        const path = [...found.get(step.from.entityRef)!.entity.path, ref];
        found.set(ref, {
          node,
          entity: { ...present(node, depth, path), relation: step.relation },
        });
        frontier.push(node);
      }
    }
  }

  const entities = [...found.values()].map(f => f.entity);
  return {
    roots: entities.filter(e => e.depth === 0),
    missing: startRefs.filter(ref => !found.has(ref)),
    impacted: entities.filter(e => e.depth > 0),
    edges: [...found.values()].flatMap(({ node }) =>
      node.next
        .filter(n => found.has(n.entityRef))
        .map(n => ({
          from: node.entityRef,
          to: n.entityRef,
          relation: n.relation,
        })),
    ),
    stakeholders: [...new Set(entities.flatMap(e => e.owners))].sort(),
    maxDepth,
    truncated,
  };
}

function present(
  node: ImpactNode,
  depth: number,
  path: string[],
): ImpactedEntity {
  const { next: _next, ...rest } = node;
  return { ...rest, depth, path };
}
