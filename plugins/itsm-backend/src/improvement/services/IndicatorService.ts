import {
  IndicatorBreakdown,
  IndicatorDefinition,
  indicatorCatalogue,
  indicatorDefinition,
  IndicatorId,
  IndicatorStatus,
  indicatorStatus,
  indicatorTrend,
  missesTarget,
  monthOf,
  monthPeriod,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import { decodeCursor, encodeCursor } from '../../core/domain/cursor';
import type { RecordCriteria } from '../../core/model/recordModel';
import type {
  IndicatorBreakdownRow,
  IndicatorComputation,
  IndicatorReader,
  IndicatorScope,
  IndicatorValue,
  IndicatorWindow,
} from '../indicators/IndicatorComputation';
import { indicatorComputations } from '../indicators/indicatorComputations';
import {
  KpiSnapshot,
  KpiSnapshotStore,
  scopeKey,
} from '../database/KpiSnapshotStore';
import type { ResolvedTarget } from '../domain/resolveIndicatorTarget';
import { KpiRecord, readRecordsBehind } from '../database/readRecordsBehind';
import { FigureCache } from './FigureCache';
import { IndicatorTargets, TargetsOfScope } from './IndicatorTargets';
import { mapWithLimit } from './mapWithLimit';

/** One indicator's figure on the scorecard (§10.1.2, §10.2.1). */
export type KpiFigure = IndicatorValue & {
  indicatorId: string;
  previousValue: number | null;
  target?: ResolvedTarget;
  status: IndicatorStatus;
  missesTarget: boolean;
  trend: 'better' | 'worse' | 'same' | 'unknown';
  source: 'snapshot' | 'live';
};

/** A month's figure: kept in a snapshot, or computed now. */
export type KpiPoint = {
  period: string;
  figure: IndicatorValue;
  target?: ResolvedTarget;
  status: IndicatorStatus;
  missesTarget: boolean;
  source: 'snapshot' | 'live';
};

const DEFAULT_PAGE = 25;
/**
 * How many figures of one request are computed at once: enough to use the
 * database's cores, few enough to leave most of the connection pool to
 * other requests.
 */
const LIVE_CONCURRENCY = 4;
const statusOrder: Record<IndicatorStatus, number> = {
  critical: 0,
  warning: 1,
  met: 2,
  none: 3,
};

/** The catalogue's definitions that have a computation, in its order. */
export function computedDefinitions(
  computations: ReadonlyMap<
    string,
    IndicatorComputation
  > = indicatorComputations,
): IndicatorDefinition[] {
  return indicatorCatalogue.filter(d => computations.has(d.id));
}

/**
 * The indicators' figures (§10.1, §10.2.1): a month's scorecard of every
 * computed indicator for a scope against its target and the previous
 * month, a monthly series, a breakdown, and the records behind a figure
 * of those the caller may read. Past months are read from their kept
 * snapshots when there are some, else computed now (`source: 'live'`);
 * the running month is computed now, up to now.
 */
export class IndicatorService implements IndicatorReader {
  private readonly computations: ReadonlyMap<string, IndicatorComputation>;
  private readonly live: FigureCache<IndicatorValue>;
  private readonly liveRows: FigureCache<IndicatorBreakdownRow[]>;

  constructor(
    private readonly deps: {
      db: Knex;
      targets: IndicatorTargets;
      snapshots: KpiSnapshotStore;
      computations?: ReadonlyMap<string, IndicatorComputation>;
      /** How long a figure computed now is answered from memory (0: never). */
      cacheMs?: number;
      now?: () => Date;
    },
  ) {
    this.computations = deps.computations ?? indicatorComputations;
    this.live = new FigureCache({ ttlMs: deps.cacheMs ?? 0 });
    this.liveRows = new FigureCache({
      ttlMs: deps.cacheMs ?? 0,
      maxEntries: 1_000,
    });
  }

  /** The definitions with a computation, in catalogue order. */
  definitions(): IndicatorDefinition[] {
    return computedDefinitions(this.computations);
  }

  /** The running month, YYYY-MM (UTC). */
  currentPeriod(): string {
    return monthOf(this.now());
  }

  /** A month's window, up to now for the running month; a 400 for a future one. */
  windowOf(period: string): IndicatorWindow {
    const window = monthPeriod(period);
    const now = this.now().toISOString();
    if (window.from > now) {
      throw new InputError(
        `period: ${period} is in the future; ask for ${this.currentPeriod()} or before`,
      );
    }
    return { from: window.from, to: window.to < now ? window.to : now };
  }

  /** The computation of an indicator; a 404 naming an unknown one. */
  computation(id: string): {
    definition: IndicatorDefinition;
    computation: IndicatorComputation;
  } {
    const definition = indicatorDefinition(id);
    const computation = this.computations.get(id);
    if (!definition || !computation) {
      throw new NotFoundError(`There is no indicator ${id}`);
    }
    return { definition, computation };
  }

  async value(
    id: IndicatorId,
    window: IndicatorWindow,
    scope: IndicatorScope = { kind: 'portal' },
  ): Promise<IndicatorValue> {
    return this.computation(id).computation.compute(
      this.deps.db,
      window,
      scope,
    );
  }

  async series(
    id: IndicatorId,
    months: readonly string[],
    scope: IndicatorScope = { kind: 'portal' },
  ): Promise<KpiPoint[]> {
    const { definition } = this.computation(id);
    const targets = await this.deps.targets.forScope(scope);
    const snapshots = await this.snapshotsOf(scope, months, [id]);
    return mapWithLimit(months, LIVE_CONCURRENCY, period =>
      this.point(definition, period, scope, targets, snapshots),
    );
  }

  /** The last `count` months, the running one last. */
  lastMonths(count: number): string[] {
    const now = this.now();
    return Array.from({ length: count }, (_, i) => monthOf(now, i - count + 1));
  }

  /** Every computed indicator for a month and scope (the scorecard). */
  async scorecard(
    period: string,
    scope: IndicatorScope,
  ): Promise<{ period: string; previousPeriod: string; figures: KpiFigure[] }> {
    this.windowOf(period);
    const previousPeriod = monthOf(new Date(monthPeriod(period).from), -1);
    const definitions = this.definitions();
    const targets = await this.deps.targets.forScope(scope);
    const snapshots = await this.snapshotsOf(scope, [period, previousPeriod]);
    // Every figure of both months at once, a few at a time: one after the
    // other, a running month's scorecard waited for the sum of its
    // indicators' queries.
    const points = await mapWithLimit(
      definitions.flatMap(definition => [
        { definition, period },
        { definition, period: previousPeriod },
      ]),
      LIVE_CONCURRENCY,
      p => this.point(p.definition, p.period, scope, targets, snapshots),
    );
    const figures: KpiFigure[] = definitions.map((definition, i) => {
      const [now, before] = [points[2 * i], points[2 * i + 1]];
      return {
        indicatorId: definition.id,
        ...now.figure,
        previousValue: before.figure.value,
        ...(now.target ? { target: now.target } : {}),
        status: now.status,
        missesTarget: now.missesTarget,
        trend: indicatorTrend(
          definition,
          now.figure.value,
          before.figure.value,
        ),
        source: now.source,
      };
    });
    return { period, previousPeriod, figures };
  }

  /** One indicator's figure for a month split by a breakdown, worst first. */
  async breakdown(
    id: string,
    by: IndicatorBreakdown,
    period: string,
    scope: IndicatorScope,
  ): Promise<
    (IndicatorValue & {
      key: string;
      target?: ResolvedTarget;
      status: IndicatorStatus;
    })[]
  > {
    const { definition, computation } = this.computation(id);
    if (!definition.breakdowns.includes(by) || !computation.breakdown) {
      throw new InputError(
        `by: ${id} is broken down by ${
          definition.breakdowns.join(', ') || 'nothing'
        }, not ${by}`,
      );
    }
    const window = this.windowOf(period);
    const split = computation.breakdown.bind(computation);
    const rows = await this.liveRows.get(
      `${id}|${by}|${scopeKey(scope)}|${period}`,
      () => split(this.deps.db, window, scope, by),
    );
    const inScope = await this.deps.targets.forScope(scope);
    const result = [];
    for (const row of rows) {
      const rowTargets =
        by === 'group' || by === 'service'
          ? await this.deps.targets.forScope({ kind: by, ref: row.key })
          : inScope;
      const target = rowTargets(id);
      result.push({
        key: row.key,
        ...row.figure,
        ...(target ? { target } : {}),
        status: indicatorStatus(definition, row.figure.value, target),
      });
    }
    const sign = definition.better === 'higher' ? 1 : -1;
    return result.sort(
      (a, b) =>
        statusOrder[a.status] - statusOrder[b.status] ||
        (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
        sign * ((a.value ?? 0) - (b.value ?? 0)) ||
        a.key.localeCompare(b.key),
    );
  }

  /**
   * A page of the records behind a figure (the drill-down), newest first,
   * of those `readable` lets through; `hidden` counts the others.
   */
  async records(
    id: string,
    query: {
      period: string;
      scope: IndicatorScope;
      key?: { by: IndicatorBreakdown; value: string };
      cursor?: string;
      limit?: number;
    },
    readable: (type: RecordType) => Promise<RecordCriteria | undefined>,
  ): Promise<{ items: KpiRecord[]; hidden: number; nextCursor?: string }> {
    const { definition, computation } = this.computation(id);
    if (query.key && !definition.breakdowns.includes(query.key.by)) {
      throw new InputError(
        `by: ${id} is broken down by ${
          definition.breakdowns.join(', ') || 'nothing'
        }, not ${query.key.by}`,
      );
    }
    const window = this.windowOf(query.period);
    if (!computation.records || !definition.records) {
      return { items: [], hidden: 0 };
    }
    const offset =
      query.cursor === undefined ? 0 : decodeCursor(query.cursor, 'offset');
    const limit = query.limit ?? DEFAULT_PAGE;
    const { items, hidden, hasMore } = await readRecordsBehind(this.deps.db, {
      ids: computation.records(this.deps.db, window, query.scope, query.key),
      filter: await readable(definition.records),
      offset,
      limit,
    });
    return {
      items,
      hidden,
      ...(hasMore
        ? { nextCursor: encodeCursor('offset', offset + limit) }
        : {}),
    };
  }

  /** A month's figure: its snapshot for a past month when kept, else computed. */
  private async point(
    definition: IndicatorDefinition,
    period: string,
    scope: IndicatorScope,
    targets: TargetsOfScope,
    snapshots: Map<string, KpiSnapshot>,
  ): Promise<KpiPoint> {
    const kept =
      period < this.currentPeriod()
        ? snapshots.get(`${definition.id}|${period}`)
        : undefined;
    if (kept) {
      return {
        period,
        figure: kept.figure,
        ...(kept.target ? { target: kept.target } : {}),
        status: kept.status,
        missesTarget: missesTarget(definition, kept.figure.value, kept.target),
        source: 'snapshot',
      };
    }
    const figure = await this.live.get(
      `${definition.id}|${scopeKey(scope)}|${period}`,
      () =>
        this.computation(definition.id).computation.compute(
          this.deps.db,
          this.windowOf(period),
          scope,
        ),
    );
    const target = targets(definition.id);
    return {
      period,
      figure,
      ...(target ? { target } : {}),
      status: indicatorStatus(definition, figure.value, target),
      missesTarget: missesTarget(definition, figure.value, target),
      source: 'live',
    };
  }

  private async snapshotsOf(
    scope: IndicatorScope,
    periods: readonly string[],
    indicatorIds?: readonly string[],
  ): Promise<Map<string, KpiSnapshot>> {
    const current = this.currentPeriod();
    const kept = await this.deps.snapshots.read({
      scope: scopeKey(scope),
      periods: periods.filter(p => p < current),
      indicatorIds,
    });
    return new Map(kept.map(s => [`${s.indicatorId}|${s.period}`, s]));
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
