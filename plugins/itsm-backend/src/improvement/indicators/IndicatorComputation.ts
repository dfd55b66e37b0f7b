import type {
  IndicatorBreakdown,
  IndicatorId,
} from '@backstage-itsm/plugin-itsm-common';
import type { Knex } from 'knex';

/** A period, half-open: `from` inclusive, `to` exclusive (ISO times, UTC). */
export type IndicatorWindow = { from: string; to: string };

/**
 * Whose figure: the whole portal, one assignment group's records, or one
 * service's (the records that affect the catalog entity).
 */
export type IndicatorScope =
  | { kind: 'portal' }
  | { kind: 'group'; ref: string }
  | { kind: 'service'; ref: string };

/**
 * One figure of an indicator: its value (`null` when nothing was measured:
 * no incident resolved, no survey sent), and for shares and means what it
 * is made of, and how many records are behind it.
 */
export type IndicatorValue = {
  value: number | null;
  numerator?: number;
  denominator?: number;
  sample: number;
};

/** One row of a breakdown: the group, service, priority, type or model. */
export type IndicatorBreakdownRow = { key: string; figure: IndicatorValue };

/**
 * How the backend computes one indicator of the catalogue, in SQL on
 * SQLite and PostgreSQL, from the records of the process that owns it.
 * Each process's indicators are in a file of their own here
 * (`incidentIndicators.ts`, ...), listed by `indicatorComputations.ts`.
 */
export interface IndicatorComputation {
  id: IndicatorId;
  /** The figure for a period and scope. */
  compute(
    db: Knex,
    window: IndicatorWindow,
    scope: IndicatorScope,
  ): Promise<IndicatorValue>;
  /** The figure split by one of the definition's breakdowns. */
  breakdown?(
    db: Knex,
    window: IndicatorWindow,
    scope: IndicatorScope,
    by: IndicatorBreakdown,
  ): Promise<IndicatorBreakdownRow[]>;
  /**
   * The records behind the figure (the drill-down), as a query selecting
   * each one once: its `id` and `created_at` (of `itsm_records`); the
   * reader counts, pages (newest first) and permission-filters it.
   */
  records?(
    db: Knex,
    window: IndicatorWindow,
    scope: IndicatorScope,
    key?: { by: IndicatorBreakdown; value: string },
  ): Knex.QueryBuilder;
}

/**
 * What other parts of the product read of the indicators: an improvement
 * item's measured effect, the suggestion of an item after missed
 * periods, the periodic report. `IndicatorService` implements it.
 */
export interface IndicatorReader {
  /** The figure of one indicator for a period and scope, computed now. */
  value(
    id: IndicatorId,
    window: IndicatorWindow,
    scope?: IndicatorScope,
  ): Promise<IndicatorValue>;
  /**
   * The monthly figures of one indicator, oldest first: kept snapshots for
   * past months, computed now for the running one.
   */
  series(
    id: IndicatorId,
    months: readonly string[],
    scope?: IndicatorScope,
  ): Promise<
    {
      period: string;
      figure: IndicatorValue;
      /** The target the figure is held against, where one is set. */
      target?: { target: number };
      status: 'met' | 'warning' | 'critical' | 'none';
      missesTarget: boolean;
    }[]
  >;
}
