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

/**
 * A relation in words along an arrow of an impact graph, which runs from
 * the entity nearer the start to the one it reaches:
 * "<from> <label> <to>".
 */
export const impactEdgeLabels: Record<ImpactRelation, string> = {
  dependencyOf: 'is needed by',
  apiConsumedBy: 'is consumed by',
  providesApi: 'provides',
  partOf: 'is part of',
  dependsOn: 'depends on',
  consumesApi: 'consumes',
  apiProvidedBy: 'is provided by',
  hasPart: 'contains',
};
