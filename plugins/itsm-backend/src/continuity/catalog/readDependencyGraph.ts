import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { ObjectiveNode } from '../domain/checkRecoveryObjectives';

/** Entities per catalog request. */
const PAGE = 2500;

/** The kinds of the graph, each read on its own (in parallel). */
export const dependencyGraphKinds = ['Component', 'System', 'Resource'];
const KINDS = dependencyGraphKinds;
const GRAPH_KINDS = new Set(KINDS.map(k => k.toLowerCase()));

/** The catalog entity of the graph, with what the report shows of it. */
export type GraphEntity = ObjectiveNode & {
  title?: string;
  lifecycle?: string;
  owner?: string;
  system?: string;
  /** The service level agreement its `itsm/sla` annotation names. */
  slaAnnotation?: string;
};

const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.annotations.itsm/sla',
  'spec.lifecycle',
  'spec.owner',
  'spec.system',
  'spec.dependsOn',
  'relations',
];

/** A full ref in lower case already (what the catalog's relations hold). */
const FULL_REF = /^[a-z0-9_-]+:[a-z0-9_.-]+\/[a-z0-9_.-]+$/;

function refOrUndefined(ref: unknown, defaultKind: string): string | undefined {
  if (typeof ref !== 'string' || !ref) return undefined;
  if (FULL_REF.test(ref)) return ref;
  try {
    const withKind = ref.includes(':') ? ref : `${defaultKind}:${ref}`;
    return normalizeEntityRef(withKind, 'ref');
  } catch {
    return undefined;
  }
}

/**
 * The graph's node of an entity: what it relies on (its `dependsOn`, the
 * spec's and the relations', and a system's `hasPart`) and what the
 * coverage report shows of it.
 */
function nodeOf(entity: Entity): GraphEntity {
  const kind = entity.kind.toLowerCase();
  const ref = `${kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLowerCase();
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const dependsOn = new Set<string>();
  for (const target of Array.isArray(spec.dependsOn) ? spec.dependsOn : []) {
    const normalised = refOrUndefined(target, 'component');
    if (normalised) dependsOn.add(normalised);
  }
  for (const relation of entity.relations ?? []) {
    if (relation.type === 'dependsOn' || relation.type === 'hasPart') {
      dependsOn.add(relation.targetRef.toLowerCase());
    }
  }
  return {
    entityRef: ref,
    kind,
    dependsOn: [...dependsOn],
    ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
    ...(typeof spec.lifecycle === 'string'
      ? { lifecycle: spec.lifecycle }
      : {}),
    ...(typeof spec.owner === 'string'
      ? { owner: refOrUndefined(spec.owner, 'group') }
      : {}),
    ...(entity.metadata.annotations?.['itsm/sla']
      ? { slaAnnotation: entity.metadata.annotations['itsm/sla'] }
      : {}),
    ...(typeof spec.system === 'string'
      ? { system: refOrUndefined(spec.system, 'system') }
      : {}),
  };
}

/** Every entity of one kind, in pages of 2,500. */
async function readKind(
  catalog: CatalogService,
  kind: string,
  credentials: BackstageCredentials,
): Promise<Entity[]> {
  const entities: Entity[] = [];
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor
        ? { cursor, limit: PAGE, fields: FIELDS }
        : { filter: { kind }, limit: PAGE, fields: FIELDS },
      { credentials },
    );
    entities.push(...page.items);
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
  return entities;
}

/**
 * The catalog's dependency graph of components, systems and resources as
 * the caller may see it, read in bulk (each kind in pages of 2,500
 * entities, the kinds in parallel, only the fields the check needs): each
 * entity relies on its `dependsOn` (the spec's and the relations') and a
 * system on its parts (the entities whose `spec.system` names it, and its
 * `hasPart` relations).
 */
export async function readDependencyGraph(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Map<string, GraphEntity>> {
  const kinds = await Promise.all(
    KINDS.map(kind => readKind(catalog, kind, credentials)),
  );
  const graph = new Map<string, GraphEntity>();
  for (const entity of kinds.flat()) {
    const node = nodeOf(entity);
    graph.set(node.entityRef, node);
  }
  // A system relies on its parts.
  for (const node of graph.values()) {
    const system = node.system && graph.get(node.system);
    if (system && !system.dependsOn.includes(node.entityRef)) {
      system.dependsOn.push(node.entityRef);
    }
  }
  return sortDependencies(graph);
}

/**
 * Each entity's dependencies in ref order, so a walk finds the same
 * shortest paths whichever way the graph was read (catalog or index).
 */
export function sortDependencies(
  graph: Map<string, GraphEntity>,
): Map<string, GraphEntity> {
  for (const node of graph.values()) node.dependsOn.sort();
  return graph;
}

/**
 * The part of the graph one entity reaches, as the caller may see it:
 * read level by level, each level in one bulk request (by refs, only the
 * fields the check needs), never one request per entity. A system's parts
 * are its `hasPart` relations. What the check of one service needs, without
 * reading the whole catalog.
 */
export async function readReachableGraph(
  catalog: CatalogService,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<Map<string, GraphEntity>> {
  const graph = new Map<string, GraphEntity>();
  const seen = new Set<string>([entityRef]);
  let frontier = [entityRef];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += PAGE) {
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: frontier.slice(i, i + PAGE), fields: FIELDS },
        { credentials },
      );
      for (const entity of items) {
        if (!entity) continue;
        const node = nodeOf(entity);
        if (!GRAPH_KINDS.has(node.kind)) continue;
        graph.set(node.entityRef, node);
        for (const ref of node.dependsOn) {
          if (seen.has(ref)) continue;
          seen.add(ref);
          next.push(ref);
        }
      }
    }
    frontier = next;
  }
  return sortDependencies(graph);
}
