import { IndicatorComputation } from './IndicatorComputation';
import {
  applyWindow,
  isTrue,
  recordsOf,
  simpleIndicator,
} from './indicatorSql';

/**
 * How the service level indicators of the catalogue (§8.3.2) are computed,
 * from the clocks of `itsm_sla_clocks` (a response and a restore clock per
 * incident under an agreement with a target) joined to their incident: a
 * stopped clock's `updated_at` is when it stopped, `met` its verdict;
 * `breached_at` when a clock passed its target.
 */
export const serviceLevelIndicators: IndicatorComputation[] = [
  simpleIndicator({
    id: 'sla-compliance',
    base: (db, window, scope) =>
      applyWindow(
        recordsOf(db, 'incident', scope)
          .join('itsm_sla_clocks as c', 'c.record_id', 'r.id')
          .where('c.phase', 'stopped')
          .whereNotNull('c.target_minutes')
          .whereNotNull('c.met'),
        'c.updated_at',
        window,
      ),
    measure: db => ({ kind: 'share', when: isTrue(db, 'c.met') }),
  }),
  simpleIndicator({
    id: 'sla-breaches',
    base: (db, window, scope) =>
      applyWindow(
        recordsOf(db, 'incident', scope).join(
          'itsm_sla_clocks as c',
          'c.record_id',
          'r.id',
        ),
        'c.breached_at',
        window,
      ),
    measure: () => ({ kind: 'count' }),
  }),
];
