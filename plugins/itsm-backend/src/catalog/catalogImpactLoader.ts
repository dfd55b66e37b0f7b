import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_DEPENDENCY_OF,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CiClassRule,
  classifyEntity,
  formatCiClass,
} from '@backstage-itsm/plugin-itsm-common';
import {
  ImpactNode,
  ImpactNodeLoader,
  ImpactRelation,
} from '../domain/analyzeImpact';

/** The catalog relations an impact passes along (see ImpactRelation). */
const impactRelations: Record<string, ImpactRelation> = {
  [RELATION_DEPENDENCY_OF]: 'dependencyOf',
  [RELATION_API_CONSUMED_BY]: 'apiConsumedBy',
  [RELATION_PROVIDES_API]: 'providesApi',
  [RELATION_PART_OF]: 'partOf',
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
): ImpactNode {
  const relations = entity.relations ?? [];
  return {
    entityRef: lower(stringifyEntityRef(entity)),
    kind: entity.kind,
    title: entity.metadata.title ?? entity.metadata.name,
    ciClass: formatCiClass(classifyEntity(entity, classRules)),
    owners: relations
      .filter(r => r.type === RELATION_OWNED_BY)
      .map(r => lower(r.targetRef)),
    next: relations.flatMap(r =>
      impactRelations[r.type]
        ? [{ entityRef: lower(r.targetRef), relation: impactRelations[r.type] }]
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
              'metadata.annotations',
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
        const node = toImpactNode(entity, options.classRules);
        nodes.set(node.entityRef, node);
      }
    }
    return nodes;
  };
}
