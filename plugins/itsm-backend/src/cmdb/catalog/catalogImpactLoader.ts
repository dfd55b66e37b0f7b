import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CI_CLASS_ANNOTATION,
  CiClassRule,
  classifyEntity,
  formatCiClass,
} from '@backstage-itsm/plugin-itsm-common';
import { ImpactNode, ImpactNodeLoader } from '../domain/analyzeImpact';
import { ImpactDirection, impactLinksToward } from '../domain/impactLinksOf';

/** Refs per catalog request: bulk, but within what one request should carry. */
const CHUNK = 500;

/** An entity as the impact analysis sees it. */
export function toImpactNode(
  entity: Entity,
  classRules: readonly CiClassRule[],
  direction: ImpactDirection = 'downstream',
): ImpactNode {
  return {
    entityRef: stringifyEntityRef(entity).toLowerCase(),
    kind: entity.kind,
    title: entity.metadata.title ?? entity.metadata.name,
    ciClass: formatCiClass(classifyEntity(entity, classRules)),
    ...impactLinksToward(entity, direction),
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
