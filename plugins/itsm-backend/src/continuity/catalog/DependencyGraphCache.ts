import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { catalogCallerKey } from '../../core/catalog/catalogCallerKey';
import { GraphEntity } from './readDependencyGraph';

/** Callers whose graphs are kept at most; the oldest go first. */
const MAX_CALLERS = 20;

type Graph = Map<string, GraphEntity>;

/**
 * The catalog's dependency graph one caller read in the last seconds, so
 * the coverage report and the checks that follow it (the Coverage tab, an
 * entity's card, the next report) do not read the whole catalog again;
 * requests at the same moment share one read. Kept per caller, because
 * the catalog answers each as they may see it; bounded in time and in
 * callers. The continuity records are never cached: they are read with
 * every check.
 */
export class DependencyGraphCache {
  private readonly graphs = new Map<
    string,
    { graph: Promise<Graph>; expires: number }
  >();

  constructor(
    private readonly options: { ttlMs: number; now?: () => number },
  ) {}

  /** The caller's graph if one is fresh, without reading. */
  peek(credentials: BackstageCredentials): Promise<Graph> | undefined {
    const caller = catalogCallerKey(credentials);
    const cached = caller ? this.graphs.get(caller) : undefined;
    return cached && cached.expires > this.now() ? cached.graph : undefined;
  }

  /** The caller's graph, read with `read` unless a fresh one is kept. */
  get(
    credentials: BackstageCredentials,
    read: () => Promise<Graph>,
  ): Promise<Graph> {
    const caller = catalogCallerKey(credentials);
    if (!caller || this.options.ttlMs <= 0) return read();
    const fresh = this.peek(credentials);
    if (fresh) return fresh;
    const graph = read();
    this.graphs.delete(caller);
    this.graphs.set(caller, {
      graph,
      expires: this.now() + this.options.ttlMs,
    });
    // A failed read is not kept.
    graph.catch(() => {
      if (this.graphs.get(caller)?.graph === graph) this.graphs.delete(caller);
    });
    while (this.graphs.size > MAX_CALLERS) {
      this.graphs.delete(this.graphs.keys().next().value!);
    }
    return graph;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
