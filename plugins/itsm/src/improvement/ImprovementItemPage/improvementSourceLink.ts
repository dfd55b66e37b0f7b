import { ImprovementSource } from '@backstage-itsm/plugin-itsm-common';

/** Where each source's records are under the ITSM page. */
const sourcePaths: Partial<Record<ImprovementSource, string>> = {
  'post-incident-review': 'incidents',
  problem: 'problems',
  'change-review': 'changes',
  'exercise-finding': 'exercises',
};

/**
 * The page an improvement item's source is on (the incident of a
 * post-incident review, the problem, the change, the drill, the
 * indicator's own page of the KPI dashboard); undefined for a survey, an SLA review
 * or an item raised by hand, or an app without the ITSM page.
 */
export function improvementSourceLink(
  base: string | undefined,
  source: ImprovementSource,
  sourceRef: string | undefined,
): string | undefined {
  if (base === undefined || !sourceRef) return undefined;
  if (source === 'indicator') {
    return `${base}/kpis/${encodeURIComponent(sourceRef)}`;
  }
  const path = sourcePaths[source];
  return path ? `${base}/${path}/${encodeURIComponent(sourceRef)}` : undefined;
}
