import { IndicatorComputation } from './IndicatorComputation';
import {
  applyWindow,
  isTrue,
  recordsOf,
  secondsBetween,
  secondsUntilBinding,
  simpleIndicator,
} from './indicatorSql';

const HOUR = 3600;
const DAY = 86400;

/** Incidents whose column falls in the window, in the scope. */
const incidentsBy =
  (column: string) =>
  (
    db: Parameters<typeof recordsOf>[0],
    window: { from: string; to: string },
    scope: Parameters<typeof recordsOf>[2],
  ) =>
    applyWindow(recordsOf(db, 'incident', scope), column, window);

/**
 * Incidents open at the end of the window: created before it ends, and
 * neither resolved nor closed by then (a reopened incident is open again).
 * As two disjoint reads, the unresolved ones and those resolved after the
 * window, each an index-only scan of `itsm_records_resolved_at_idx`
 * (which carries the columns read here) where an OR of both read every
 * backlog incident's row; `r` is their union, with the columns the
 * figures, breakdowns and drill-down read.
 */
const openAtEnd = (
  db: Parameters<typeof recordsOf>[0],
  window: { from: string; to: string },
  scope: Parameters<typeof recordsOf>[2],
) => {
  const open = (resolved: (q: ReturnType<typeof recordsOf>) => void) => {
    const query = recordsOf(db, 'incident', scope)
      .where('r.created_at', '<', window.to)
      .where(q =>
        q.whereNull('r.closed_at').orWhere('r.closed_at', '>=', window.to),
      )
      .whereNot('r.state', 'cancelled')
      .select(
        'r.id',
        'r.created_at',
        'r.assignment_group',
        'r.priority',
        'r.state',
      );
    resolved(query);
    return query;
  };
  return db
    .from(
      open(q => q.whereNull('r.resolved_at'))
        .unionAll(open(q => q.where('r.resolved_at', '>=', window.to)))
        .as('r'),
    )
    .select('r.*');
};

/** Resolved by the first line, never escalated nor reopened. */
const FIRST_CONTACT =
  "r.support_tier = 'L1' AND r.escalation_count = 0 AND r.reopen_count = 0";

/**
 * How the incident indicators of the catalogue (§2.3.4, §3.3, §8.3.2) are
 * computed, from the core columns of `itsm_records`: `created_at`,
 * `accepted_at` (first acceptance), `resolved_at`, `first_resolved_at`
 * (kept through a reopen), `reopen_count`, `escalation_count` and
 * `support_tier`, and the restore clocks of `itsm_sla_clocks`.
 */
export const incidentIndicators: IndicatorComputation[] = [
  simpleIndicator({
    id: 'incident-volume',
    base: incidentsBy('r.created_at'),
    oneRowPerRecord: true,
    measure: () => ({ kind: 'count' }),
  }),
  simpleIndicator({
    id: 'incident-time-to-accept',
    base: incidentsBy('r.accepted_at'),
    oneRowPerRecord: true,
    measure: db => ({
      kind: 'mean',
      seconds: secondsBetween(db, 'r.created_at', 'r.accepted_at'),
      per: HOUR,
    }),
  }),
  simpleIndicator({
    id: 'incident-time-to-resolve',
    base: incidentsBy('r.resolved_at'),
    oneRowPerRecord: true,
    measure: db => ({
      kind: 'mean',
      seconds: secondsBetween(db, 'r.created_at', 'r.resolved_at'),
      per: HOUR,
    }),
  }),
  simpleIndicator({
    id: 'incident-first-contact-resolution',
    base: incidentsBy('r.resolved_at'),
    oneRowPerRecord: true,
    measure: () => ({ kind: 'share', when: FIRST_CONTACT }),
  }),
  simpleIndicator({
    id: 'incident-reopen-rate',
    base: incidentsBy('r.first_resolved_at'),
    oneRowPerRecord: true,
    measure: () => ({ kind: 'share', when: 'r.reopen_count > 0' }),
  }),
  simpleIndicator({
    id: 'incident-escalation-rate',
    base: incidentsBy('r.resolved_at'),
    oneRowPerRecord: true,
    measure: () => ({ kind: 'share', when: 'r.escalation_count > 0' }),
  }),
  simpleIndicator({
    id: 'incident-backlog',
    base: openAtEnd,
    oneRowPerRecord: true,
    measure: () => ({ kind: 'count' }),
  }),
  simpleIndicator({
    id: 'incident-backlog-age',
    base: openAtEnd,
    oneRowPerRecord: true,
    measure: (db, window) => ({
      kind: 'mean',
      seconds: secondsUntilBinding(db, 'r.created_at'),
      per: DAY,
      bindings: [window.to],
    }),
  }),
  simpleIndicator({
    id: 'incident-resolved-within-sla',
    // The incidents resolved in the period whose restore clock stopped
    // with a verdict (met or not): those without an agreement are not
    // measured.
    base: (db, window, scope) =>
      incidentsBy('r.resolved_at')(db, window, scope)
        .join('itsm_sla_clocks as c', 'c.record_id', 'r.id')
        .where('c.kind', 'restore')
        .whereNotNull('c.met'),
    measure: db => ({ kind: 'share', when: isTrue(db, 'c.met') }),
  }),
];
