/**
 * The relations of a catalog entity that an impact passes along, in each
 * direction, and its owners: what the impact analysis reads of an entity,
 * whether from the catalog or from the CMDB's index.
 */
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
} from '@backstage/catalog-model';
import { ImpactRelation } from '@backstage-itsm/plugin-itsm-common';

/** Which way an analysis goes: to what depends on an entity, or what it relies on. */
export type ImpactDirection = 'downstream' | 'upstream';

/** One step an impact takes from an entity. */
export type ImpactLink = { entityRef: string; relation: ImpactRelation };

/** An entity's owners and the steps an impact takes from it, each way. */
export type ImpactLinks = { owners: string[] } & Record<
  ImpactDirection,
  ImpactLink[]
>;

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

// Refs compare in lower case, as normalizeEntityRef spells them (the
// default case mapping is en-US's, and several times faster to call).
const lower = (ref: string) => ref.toLowerCase();

/**
 * An entity's owners and the steps an impact takes from it one way, in one
 * pass over its relations (an analysis reads thousands of entities).
 */
export function impactLinksToward(
  entity: Pick<Entity, 'relations'>,
  direction: ImpactDirection,
): { owners: string[]; next: ImpactLink[] } {
  const followed = relationsOf[direction];
  const owners: string[] = [];
  const next: ImpactLink[] = [];
  for (const r of entity.relations ?? []) {
    if (r.type === RELATION_OWNED_BY) {
      owners.push(lower(r.targetRef));
    } else if (followed[r.type]) {
      next.push({ entityRef: lower(r.targetRef), relation: followed[r.type] });
    }
  }
  return { owners, next };
}

/** The owners of an entity and the steps an impact takes from it, each way. */
export function impactLinksOf(entity: Pick<Entity, 'relations'>): ImpactLinks {
  const downstream = impactLinksToward(entity, 'downstream');
  return {
    owners: downstream.owners,
    downstream: downstream.next,
    upstream: impactLinksToward(entity, 'upstream').next,
  };
}
