import { ImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { impactEdgeLabels } from '../../lib/impactRelationLabels';

/** An entity of an impact graph, as its node shows it. */
export type ImpactGraphNode = {
  id: string;
  title: string;
  kind: string;
  ciClass: string;
  depth: number;
  /** An entity the analysis started from: the item the page is about. */
  focused: boolean;
};

/** One arrow: every relation from one entity to another, in words. */
export type ImpactGraphEdge = {
  from: string;
  to: string;
  label: string;
};

/**
 * The nodes and arrows to draw of an impact analysis: at most `maxNodes`
 * entities, the nearest first (the analysis lists them breadth first).
 * With `relations: 'paths'` an arrow leads to each entity from the one
 * the analysis reached it through, so the graph is a tree, a column per
 * step; with `'all'`, one arrow per pair of entities however many
 * relations join them, its label naming each.
 */
export function impactGraphOf(
  analysis: ImpactAnalysis,
  options: { maxNodes: number; relations: 'paths' | 'all' },
): { nodes: ImpactGraphNode[]; edges: ImpactGraphEdge[]; hidden: number } {
  const entities = [...analysis.roots, ...analysis.impacted];
  const nodes = entities.slice(0, options.maxNodes).map(e => ({
    id: e.entityRef,
    title: e.title,
    kind: e.kind,
    ciClass: e.ciClass,
    depth: e.depth,
    focused: e.depth === 0,
  }));
  const hidden = entities.length - nodes.length;
  if (options.relations === 'paths') {
    const edges = entities
      .slice(0, options.maxNodes)
      .flatMap(({ entityRef, path, relation }) =>
        path.length > 1 && relation
          ? [
              {
                from: path[path.length - 2],
                to: entityRef,
                label: impactEdgeLabels[relation] ?? relation,
              },
            ]
          : [],
      );
    return { nodes, edges, hidden };
  }
  const shown = new Set(nodes.map(n => n.id));
  const labels = new Map<string, { from: string; to: string; of: string[] }>();
  for (const { from, to, relation } of analysis.edges) {
    if (from === to || !shown.has(from) || !shown.has(to)) continue;
    const key = JSON.stringify([from, to]);
    const edge = labels.get(key) ?? { from, to, of: [] };
    const label = impactEdgeLabels[relation] ?? relation;
    if (!edge.of.includes(label)) edge.of.push(label);
    labels.set(key, edge);
  }
  return {
    nodes,
    edges: [...labels.values()].map(e => ({
      from: e.from,
      to: e.to,
      label: e.of.join(', '),
    })),
    hidden,
  };
}
