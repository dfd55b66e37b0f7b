import { entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { IndexedCiLinks } from '../../cmdb';
import { GraphEntity, sortDependencies } from './readDependencyGraph';

/** The relations of the index a service relies on along: its dependencies and a system's parts. */
const RELIED_ON = new Set(['dependsOn', 'hasPart']);

/**
 * The dependency graph from the CMDB's index (`ImpactAnalysisService.
 * indexedGraph`), the same graph `readDependencyGraph` reads from the
 * catalog: each entity relies on its `dependsOn` relations and a system on
 * its parts (its `hasPart` relations, and the entities whose system it is).
 * The index's title falls back to the name; only a title of its own is kept.
 */
export function dependencyGraphOfIndex(
  items: IndexedCiLinks[],
): Map<string, GraphEntity> {
  const graph = new Map<string, GraphEntity>();
  for (const item of items) {
    const dependsOn = [
      ...new Set(
        item.upstream
          .filter(link => RELIED_ON.has(link.relation))
          .map(link => link.entityRef),
      ),
    ];
    const sla = item.annotations['itsm/sla'];
    graph.set(item.entityRef, {
      entityRef: item.entityRef,
      kind: item.kind,
      dependsOn,
      ...(item.title !== entityRefName(item.entityRef)
        ? { title: item.title }
        : {}),
      ...(item.lifecycle ? { lifecycle: item.lifecycle } : {}),
      ...(item.owner ? { owner: item.owner } : {}),
      ...(item.system ? { system: item.system } : {}),
      ...(sla ? { slaAnnotation: sla } : {}),
    });
  }
  for (const node of graph.values()) {
    const system = node.system && graph.get(node.system);
    if (system && !system.dependsOn.includes(node.entityRef)) {
      system.dependsOn.push(node.entityRef);
    }
  }
  return sortDependencies(graph);
}
