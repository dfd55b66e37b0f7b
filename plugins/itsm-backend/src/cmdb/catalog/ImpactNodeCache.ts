import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { catalogCallerKey } from '../../core/catalog/catalogCallerKey';
import { ImpactNode, ImpactNodeLoader } from '../domain/analyzeImpact';

/** How long a node read from the catalog answers again; the catalog itself refreshes in minutes. */
const DEFAULT_TTL_MS = 30_000;
/** Nodes kept at most, over all callers; the oldest go first. */
const DEFAULT_MAX_NODES = 50_000;

/**
 * The impact nodes one caller read from the catalog in the last seconds,
 * so the analyses of one page (the incident's, its change's, the CI card's)
 * and a user's next ones read only what they have not just read. Kept per
 * caller, because the catalog answers each as they may see it, and per
 * direction; bounded in time and size. Callers who may read every entity
 * walk the CMDB index instead, and pass through here only for what the
 * index does not hold.
 */
export class ImpactNodeCache {
  private readonly nodes = new Map<
    string,
    { node: ImpactNode; expires: number }
  >();
  private readonly ttlMs: number;
  private readonly maxNodes: number;
  private readonly now: () => number;

  constructor(
    options: { ttlMs?: number; maxNodes?: number; now?: () => number } = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
    this.now = options.now ?? Date.now;
  }

  /** A loader that answers what it can from the cache and loads the rest. */
  wrap(
    credentials: BackstageCredentials,
    scope: string,
    load: ImpactNodeLoader,
  ): ImpactNodeLoader {
    const caller = catalogCallerKey(credentials);
    if (!caller || this.ttlMs <= 0) return load;
    const keyOf = (ref: string) => `${caller}\u0000${scope}\u0000${ref}`;
    return async refs => {
      const now = this.now();
      const found = new Map<string, ImpactNode>();
      const missing: string[] = [];
      for (const ref of refs) {
        const cached = this.nodes.get(keyOf(ref));
        if (cached && cached.expires > now) found.set(ref, cached.node);
        else missing.push(ref);
      }
      if (missing.length === 0) return found;
      const loaded = await load(missing);
      const expires = this.now() + this.ttlMs;
      for (const [ref, node] of loaded) {
        found.set(ref, node);
        const key = keyOf(ref);
        // Set again at the end: the map's order is the eviction order.
        this.nodes.delete(key);
        this.nodes.set(key, { node, expires });
      }
      this.evict();
      return found;
    };
  }

  private evict(): void {
    for (const key of this.nodes.keys()) {
      if (this.nodes.size <= this.maxNodes) return;
      this.nodes.delete(key);
    }
  }
}
