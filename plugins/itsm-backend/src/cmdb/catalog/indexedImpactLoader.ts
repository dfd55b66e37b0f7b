import { CiHistoryStore } from '../database/CiHistoryStore';
import { ImpactNode, ImpactNodeLoader } from '../domain/analyzeImpact';
import { ImpactDirection } from '../domain/impactLinksOf';

/**
 * Loads impact nodes from the CMDB's index (one query per 500 refs), and
 * what the index does not hold (entities of kinds that are not
 * configuration items, or not indexed yet) with `rest`. The index is as
 * fresh as the last look at the catalog (`itsm.cmdb.historyFrequency`) and
 * is not filtered by who asks: only for callers who may read every entity.
 */
export function indexedImpactLoader(
  index: Pick<CiHistoryStore, 'impactNodes'>,
  direction: ImpactDirection,
  rest: ImpactNodeLoader,
): ImpactNodeLoader {
  return async refs => {
    const nodes: Map<string, ImpactNode> = await index.impactNodes(
      refs,
      direction,
    );
    const missing = refs.filter(ref => !nodes.has(ref));
    if (missing.length > 0) {
      for (const [ref, node] of await rest(missing)) nodes.set(ref, node);
    }
    return nodes;
  };
}
