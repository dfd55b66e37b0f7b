import type { IndicatorId } from '@backstage-itsm/plugin-itsm-common';
import type { Knex } from 'knex';
import {
  IndicatorComputation,
  IndicatorScope,
  IndicatorWindow,
} from './IndicatorComputation';
import { percent } from './changeIndicatorSql';

/**
 * How long an item may go unchanged before the configuration audit
 * reports it as stale: the CMDB status report's default (`staleDays`).
 */
export const STALE_DAYS = 90;

/**
 * The configuration items of the scope in the CMDB's index of the catalog
 * (`itsm_ci_snapshots`, kept by the change detection task): a group's are
 * those it owns, a service's is the item itself.
 */
function items(db: Knex, scope: IndicatorScope): Knex.QueryBuilder {
  const q = db('itsm_ci_snapshots as s');
  if (scope.kind === 'group') return q.where('s.owner', scope.ref);
  if (scope.kind === 'service') return q.where('s.entity_ref', scope.ref);
  return q;
}

/**
 * The share of the items of the scope for which `holds` (SQL on `s`) is
 * true, as the index stands (the monthly snapshot keeps past months).
 */
function itemShare(id: IndicatorId, holds: string): IndicatorComputation {
  return {
    id,
    async compute(db, _window, scope) {
      const [row] = await items(db, scope).select(
        db.raw('COUNT(*) AS n'),
        db.raw(`SUM(CASE WHEN ${holds} THEN 1 ELSE 0 END) AS p`),
      );
      const n = Number(row.n);
      const p = Number(row.p ?? 0);
      return { value: percent(p, n), numerator: p, denominator: n, sample: n };
    },
  };
}

/**
 * Items the configuration audit (§6.3.5) reports as stale at the end of
 * the window: their tracked fields unchanged for `STALE_DAYS` before it.
 */
const staleItems: IndicatorComputation = {
  id: 'ci-stale',
  async compute(db, window: IndicatorWindow, scope) {
    const before = new Date(
      Date.parse(window.to) - STALE_DAYS * 86_400_000,
    ).toISOString();
    const [row] = await items(db, scope)
      .where('s.changed_at', '<', before)
      .count({ n: '*' });
    const n = Number(row.n);
    return { value: n, sample: n };
  },
};

/** How the configuration indicators of the catalogue are computed. */
export const configurationIndicators: IndicatorComputation[] = [
  itemShare('ci-with-owner', 's.owner IS NOT NULL'),
  itemShare('ci-with-class', 's.classified = TRUE'),
  itemShare('ci-with-support-group', 's.support_group IS NOT NULL'),
  staleItems,
];
