import { ImpactRelation } from '@backstage-itsm/plugin-itsm-common';

/**
 * How an impact analysis reached an entity, read from the entity's side:
 * "<entity> <label> <the previous entity>".
 */
export const impactRelationLabels: Record<ImpactRelation, string> = {
  // downstream: what depends on the starting entity
  dependencyOf: 'depends on',
  apiConsumedBy: 'consumes',
  providesApi: 'is provided by',
  partOf: 'contains',
  // upstream: what the starting entity relies on
  dependsOn: 'is needed by',
  consumesApi: 'is consumed by',
  apiProvidedBy: 'provides',
  hasPart: 'is part of',
};
