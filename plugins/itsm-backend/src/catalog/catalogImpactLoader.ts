import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CI_CLASS_ANNOTATION,
  CiClassRule,
  classifyEntity,
  formatCiClass,
} from '@backstage-itsm/plugin-itsm-common';
import {
  ImpactNode,
  ImpactNodeLoader,
  ImpactRelation,
} from '../domain/analyzeImpact';

/** Which way an analysis goes: to what depends on an entity, or what it relies on. */
export type ImpactDirection = 'downstream' | 'upstream';

/** The catalog relations each direction follows (see ImpactRelation). */
const relationsOf: Record<ImpactDirection, Record<string, ImpactRelation>> = {
  downstream: {
    [RELATION_DEPENDENCY_OF]: 'dependencyOf',
    [RELATION_API_CONSUMED_BY]: 'apiConsumedBy',
    [RELATION_PROVIDES_API]: 'providesApi',
    [RELATION_PART_OF]: 'partOf',
  },
  upstream: {
    [RELATION_DEPENDS_ON]: 'dependsOn',
    [RELATION_CONSUMES_API]: 'consumesApi',
    [RELATION_API_PROVIDED_BY]: 'apiProvidedBy',
    [RELATION_HAS_PART]: 'hasPart',
  },
};

/** Refs per catalog request: bulk, but within what one request should carry. */
const CHUNK = 500;

// Refs compare in lower case, as normalizeEntityRef spells them (the
// default case mapping is en-US's, and several times faster to call).
const lower = (ref: string) => ref.toLowerCase();

/** An entity as the impact analysis sees it. */
export function toImpactNode(
  entity: Entity,
  classRules: readonly CiClassRule[],
  direction: ImpactDirection = 'downstream',
): ImpactNode {
  const relations = entity.relations ?? [];
  const follow = relationsOf[direction];
  return {
    entityRef: lower(stringifyEntityRef(entity)),
    kind: entity.kind,
    title: entity.metadata.title ?? entity.metadata.name,
    ciClass: formatCiClass(classifyEntity(entity, classRules)),
    owners: relations
      .filter(r => r.type === RELATION_OWNED_BY)
      .map(r => lower(r.targetRef)),
    next: relations.flatMap(r =>
      follow[r.type]
        ? [{ entityRef: lower(r.targetRef), relation: follow[r.type] }]
        : [],
    ),
  };
}

/**
 * Loads impact nodes from the catalog, as the caller sees it: one
 * `getEntitiesByRefs` per level of the analysis (per 500 refs), asking only
 * for the fields the analysis reads.
 */
export function catalogImpactLoader(
  catalog: CatalogService,
  options: {
    credentials: BackstageCredentials;
    classRules: readonly CiClassRule[];
    direction?: ImpactDirection;
  },
): ImpactNodeLoader {
  return async refs => {
    const chunks = [];
    for (let i = 0; i < refs.length; i += CHUNK) {
      chunks.push(refs.slice(i, i + CHUNK));
    }
    const pages = await Promise.all(
      chunks.map(entityRefs =>
        catalog.getEntitiesByRefs(
          {
            entityRefs,
            fields: [
              'kind',
              'metadata.name',
              'metadata.namespace',
              'metadata.title',
              // Only the annotation that can state the class: the others
              // are bulk the analysis does not read.
              `metadata.annotations.${CI_CLASS_ANNOTATION}`,
              'spec.type',
              'relations',
            ],
          },
          { credentials: options.credentials },
        ),
      ),
    );
    const nodes = new Map<string, ImpactNode>();
    for (const entity of pages.flatMap(page => page.items)) {
      if (entity) {
        const node = toImpactNode(
          entity,
          options.classRules,
          options.direction,
        );
        nodes.set(node.entityRef, node);
      }
    }
    return nodes;
  };
}
