/**
 * Figures computed now, kept for a short while (`ttlMs`) so a dashboard's
 * reads of the same scorecard, series and breakdowns within it answer
 * from memory, and concurrent asks for one figure run one query. `0`
 * turns it off. Per replica; at most `maxEntries` figures, the oldest
 * forgotten first.
 */
export class FigureCache<T> {
  private readonly entries = new Map<
    string,
    { until: number; value: Promise<T> }
  >();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries?: number;
      now?: () => number;
    },
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.options.ttlMs <= 0) return compute();
    const now = this.options.now?.() ?? Date.now();
    const kept = this.entries.get(key);
    if (kept && kept.until > now) return kept.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { until: now + this.options.ttlMs, value });
    value.catch(() => this.entries.delete(key));
    const max = this.options.maxEntries ?? 10_000;
    while (this.entries.size > max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
