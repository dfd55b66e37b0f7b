import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { ObjectiveNode } from '../domain/checkRecoveryObjectives';

/** Entities per catalog request: 5,000 entities are two requests. */
const PAGE = 2500;

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

function refOrUndefined(ref: unknown, defaultKind: string): string | undefined {
  if (typeof ref !== 'string' || !ref) return undefined;
  try {
    const withKind = ref.includes(':') ? ref : `${defaultKind}:${ref}`;
    return normalizeEntityRef(withKind, 'ref');
  } catch {
    return undefined;
  }
}

/**
 * The catalog's dependency graph of components, systems and resources as
 * the caller may see it, read in bulk (pages of 2,500 entities, only the
 * fields the check needs): each entity relies on its `dependsOn` (the
 * spec's and the relations') and a system on its parts (the entities
 * whose `spec.system` names it, and its `hasPart` relations).
 */
export async function readDependencyGraph(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Map<string, GraphEntity>> {
  const entities: Entity[] = [];
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor
        ? { cursor, limit: PAGE, fields: FIELDS }
        : {
            filter: { kind: ['Component', 'System', 'Resource'] },
            limit: PAGE,
            fields: FIELDS,
          },
      { credentials },
    );
    entities.push(...page.items);
    cursor = page.pageInfo.nextCursor;
  } while (cursor);

  const graph = new Map<string, GraphEntity>();
  for (const entity of entities) {
    const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    const dependsOn = new Set<string>();
    for (const target of Array.isArray(spec.dependsOn) ? spec.dependsOn : []) {
      const normalised = refOrUndefined(target, 'component');
      if (normalised) dependsOn.add(normalised);
    }
    for (const relation of entity.relations ?? []) {
      if (relation.type === 'dependsOn' || relation.type === 'hasPart') {
        dependsOn.add(relation.targetRef.toLocaleLowerCase('en-US'));
      }
    }
    graph.set(ref, {
      entityRef: ref,
      kind: entity.kind.toLocaleLowerCase('en-US'),
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
    });
  }
  // A system relies on its parts.
  for (const node of graph.values()) {
    const system = node.system && graph.get(node.system);
    if (system && !system.dependsOn.includes(node.entityRef)) {
      system.dependsOn.push(node.entityRef);
    }
  }
  return graph;
}
