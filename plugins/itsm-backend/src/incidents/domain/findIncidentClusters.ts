import { StoredRecord } from '../../core/model/recordModel';

/** What repeated incidents have in common: an entity, or a category. */
export type ClusterBasis = 'entity' | 'category';

/** Incidents that together suggest a problem (§4.1, proactive). */
export type IncidentCluster = {
  basis: ClusterBasis;
  /** The entity ref or the incident category. */
  value: string;
  /** Oldest first. */
  incidents: StoredRecord[];
};

/** Incidents that say nothing about a fault: requests, cancelled ones. */
function counts(incident: StoredRecord): boolean {
  return (
    incident.state !== 'cancelled' && incident.category !== 'service_request'
  );
}

function groupBy(
  incidents: StoredRecord[],
  keysOf: (incident: StoredRecord) => string[],
): Map<string, StoredRecord[]> {
  const groups = new Map<string, StoredRecord[]>();
  for (const incident of incidents) {
    for (const key of new Set(keysOf(incident))) {
      groups.set(key, [...(groups.get(key) ?? []), incident]);
    }
  }
  return groups;
}

/**
 * The clusters of `threshold` or more incidents on one entity, or else of
 * one category, among incidents of one window that no problem covers yet.
 * An incident is in at most one cluster: entity clusters first (the more
 * specific; the largest first), then category clusters of the incidents
 * left, so two suggestions never share an incident.
 */
export function findIncidentClusters(options: {
  incidents: StoredRecord[];
  threshold: number;
  bases: ClusterBasis[];
}): IncidentCluster[] {
  const { threshold, bases } = options;
  const oldestFirst = [...options.incidents]
    .filter(counts)
    .sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number,
    );
  const taken = new Set<string>();
  const clusters: IncidentCluster[] = [];
  const keysOf: Record<ClusterBasis, (i: StoredRecord) => string[]> = {
    entity: i => i.entityRefs,
    category: i => (i.category ? [i.category] : []),
  };
  for (const basis of (['entity', 'category'] as const).filter(b =>
    bases.includes(b),
  )) {
    const groups = [
      ...groupBy(
        oldestFirst.filter(i => !taken.has(i.id)),
        keysOf[basis],
      ).entries(),
    ].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
    for (const [value, members] of groups) {
      const free = members.filter(i => !taken.has(i.id));
      if (free.length < threshold) continue;
      free.forEach(i => taken.add(i.id));
      clusters.push({ basis, value, incidents: free });
    }
  }
  return clusters;
}
