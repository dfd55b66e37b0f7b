import { ImpactAnalysis } from '../../cmdb';

/** An open incident on an entity a change touches or that depends on it. */
export type OpenIncidentSummary = {
  ref: string;
  title: string;
  priority: string;
  entityRefs: string[];
};

/** An entity a service level agreement covers. */
export type ServiceUnderSla = {
  entityRef: string;
  agreement: { id: string; name: string };
};

/** The impact analysis attached to a change (§5.2.3). */
export type ChangeImpact = {
  analysedAt: string;
  /** The entities that depend on the affected ones, nearest first. */
  dependents: {
    entityRef: string;
    title: string;
    kind: string;
    depth: number;
    owners: string[];
  }[];
  /** How many dependents there are in all (the list keeps the nearest). */
  dependentCount: number;
  /** Owners of the affected entities and their dependents: to notify, ask. */
  stakeholders: string[];
  openIncidents: OpenIncidentSummary[];
  /** The touched and dependent entities an agreement covers (§8.2). */
  servicesUnderSla: ServiceUnderSla[];
  /** Whether the analysis hit its depth or size bound. */
  truncated: boolean;
};

/** Dependents kept on the change itself; the impact API has them all. */
export const MAX_KEPT_DEPENDENTS = 100;

/**
 * What a change's assessment shows of an impact analysis: the nearest
 * dependents with their owners, everyone to tell, the open incidents on
 * what the change touches, and which of it is under an agreement.
 */
export function summarizeChangeImpact(options: {
  analysis: ImpactAnalysis;
  openIncidents: OpenIncidentSummary[];
  servicesUnderSla?: ServiceUnderSla[];
  now: string;
}): ChangeImpact {
  const { analysis, openIncidents, now } = options;
  const dependents = [...analysis.impacted]
    .sort((a, b) => a.depth - b.depth || a.entityRef.localeCompare(b.entityRef))
    .map(e => ({
      entityRef: e.entityRef,
      title: e.title,
      kind: e.kind,
      depth: e.depth,
      owners: e.owners,
    }));
  return {
    analysedAt: now,
    dependents: dependents.slice(0, MAX_KEPT_DEPENDENTS),
    dependentCount: dependents.length,
    stakeholders: analysis.stakeholders,
    openIncidents,
    servicesUnderSla: options.servicesUnderSla ?? [],
    truncated: analysis.truncated,
  };
}
