type Entry<T> = {
  /** When its computation started. */
  at: number;
  value: Promise<T>;
  /** Whether the computation has answered, so its answer may be served. */
  settled: boolean;
  /** Whether a computation to replace it runs. */
  refreshing: boolean;
};

/**
 * Figures computed now, kept for a short while (`ttlMs`) so a dashboard's
 * reads of the same scorecard, series and breakdowns within it answer
 * from memory, and concurrent asks for one figure run one query. A figure
 * older than that but younger than twice that is answered as it was while
 * it is computed again in the background (stale while revalidating), so a
 * dashboard read every minute waits for its figures only on its first
 * read; an older one is computed again before answering. `0` turns it
 * off. Per replica; at most `maxEntries` figures, the oldest forgotten
 * first.
 */
export class FigureCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries?: number;
      now?: () => number;
    },
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const { ttlMs } = this.options;
    if (ttlMs <= 0) return compute();
    const kept = this.entries.get(key);
    const age = kept ? this.now() - kept.at : Infinity;
    if (kept && age < ttlMs) return kept.value;
    if (kept && kept.settled && age < 2 * ttlMs) {
      if (!kept.refreshing) this.refresh(key, kept, compute);
      return kept.value;
    }
    const entry: Entry<T> = {
      at: this.now(),
      value: compute(),
      settled: false,
      refreshing: false,
    };
    this.keep(key, entry);
    entry.value.then(
      () => {
        entry.settled = true;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.value;
  }

  /** Computes a kept figure again; it stays until the new one answers. */
  private refresh(key: string, stale: Entry<T>, compute: () => Promise<T>) {
    stale.refreshing = true;
    const at = this.now();
    const value = compute();
    value.then(
      () => {
        if (this.entries.get(key) === stale) {
          this.keep(key, { at, value, settled: true, refreshing: false });
        }
      },
      () => {
        stale.refreshing = false;
      },
    );
  }

  private keep(key: string, entry: Entry<T>) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    const max = this.options.maxEntries ?? 10_000;
    while (this.entries.size > max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  private now() {
    return this.options.now?.() ?? Date.now();
  }
}
