import type { Knex } from 'knex';
import type {
  IndicatorStatus,
  IndicatorTarget,
} from '@backstage-itsm/plugin-itsm-common';
import type {
  IndicatorScope,
  IndicatorValue,
} from '../indicators/IndicatorComputation';

/** A kept monthly figure of one indicator for one scope (§10.1.2). */
export type KpiSnapshot = {
  indicatorId: string;
  period: string;
  scope: string;
  figure: IndicatorValue;
  /** The target in force when it was taken, and where it was set. */
  target?: IndicatorTarget & { source: 'portal' | 'group' | 'service' };
  status: IndicatorStatus;
  takenAt: string;
};

/** How a scope is keyed in the snapshots: 'portal', 'group:<ref>', 'service:<ref>'. */
export function scopeKey(scope: IndicatorScope): string {
  return scope.kind === 'portal' ? 'portal' : `${scope.kind}:${scope.ref}`;
}

type Row = {
  indicator_id: string;
  period: string;
  scope: string;
  value: number | string | null;
  numerator: number | string | null;
  denominator: number | string | null;
  sample: number | string;
  target: string | null;
  status: string;
  taken_at: string | Date;
};

const num = (v: number | string | null) => (v === null ? undefined : Number(v));

function toSnapshot(row: Row): KpiSnapshot {
  const numerator = num(row.numerator);
  const denominator = num(row.denominator);
  return {
    indicatorId: row.indicator_id,
    period: row.period,
    scope: row.scope,
    figure: {
      value: row.value === null ? null : Number(row.value),
      ...(numerator === undefined ? {} : { numerator }),
      ...(denominator === undefined ? {} : { denominator }),
      sample: Number(row.sample),
    },
    ...(row.target ? { target: JSON.parse(row.target) } : {}),
    status: row.status as IndicatorStatus,
    takenAt: new Date(row.taken_at).toISOString(),
  };
}

/** The monthly snapshots of the indicators, `itsm_kpi_snapshots`. */
export class KpiSnapshotStore {
  constructor(private readonly db: Knex) {}

  /** The snapshots of a scope for the periods (and indicators) asked. */
  async read(query: {
    scope: string;
    periods: readonly string[];
    indicatorIds?: readonly string[];
  }): Promise<KpiSnapshot[]> {
    if (query.periods.length === 0) return [];
    const q = this.db<Row>('itsm_kpi_snapshots')
      .where('scope', query.scope)
      .whereIn('period', query.periods);
    if (query.indicatorIds) q.whereIn('indicator_id', query.indicatorIds);
    return (await q).map(toSnapshot);
  }

  /** The `indicator_id|scope` keys kept for a period. */
  async keysOf(period: string): Promise<Set<string>> {
    const rows: { indicator_id: string; scope: string }[] = await this.db(
      'itsm_kpi_snapshots',
    )
      .where('period', period)
      .select('indicator_id', 'scope');
    return new Set(rows.map(r => `${r.indicator_id}|${r.scope}`));
  }

  /**
   * Keeps snapshots; one already kept for the same indicator, scope and
   * period stays as it was (a second run changes nothing). Returns how
   * many were new.
   */
  async keep(snapshots: readonly KpiSnapshot[]): Promise<number> {
    let kept = 0;
    for (let i = 0; i < snapshots.length; i += 100) {
      const rows = snapshots.slice(i, i + 100).map(s => ({
        indicator_id: s.indicatorId,
        period: s.period,
        scope: s.scope,
        value: s.figure.value,
        numerator: s.figure.numerator ?? null,
        denominator: s.figure.denominator ?? null,
        sample: s.figure.sample,
        target: s.target ? JSON.stringify(s.target) : null,
        status: s.status,
        taken_at: s.takenAt,
      }));
      const result: unknown = await this.db('itsm_kpi_snapshots')
        .insert(rows)
        .onConflict(['indicator_id', 'scope', 'period'])
        .ignore()
        .returning('indicator_id');
      kept += Array.isArray(result) ? result.length : 0;
    }
    return kept;
  }

  /**
   * Forgets every snapshot of the periods: for a past that was written
   * after they were taken (the demo history), so they are taken again
   * from the records. Returns how many were forgotten.
   */
  async forget(periods: readonly string[]): Promise<number> {
    if (periods.length === 0) return 0;
    return this.db('itsm_kpi_snapshots').whereIn('period', periods).delete();
  }
}
