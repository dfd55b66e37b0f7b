import {
  formatRecordRef,
  Priority,
  SlaCompliance,
  SlaOutcomeRow,
  SlaReport,
} from '@backstage-itsm/plugin-itsm-common';
import { SlaOutcomeCounts, SlaReportRows } from '../model/slaReportModel';
import { SlaAgreement } from './selectSla';

/** The buckets of the share of its target a clock used, in order. */
export const SLA_SHARE_BUCKETS = [
  '<=25%',
  '<=50%',
  '<=75%',
  '<=100%',
  '<=150%',
  '>150%',
] as const;

const percentOf = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

/** Counts as an outcome: met, breached, pending and the compliance. */
function outcome(counts: SlaOutcomeCounts) {
  return {
    met: counts.met,
    breached: counts.breached,
    pending: counts.clocks - counts.met - counts.breached,
    percent: percentOf(counts.met, counts.met + counts.breached),
  };
}

/** Sums counts by a key, in the key's order. */
function byKey<T extends SlaOutcomeCounts>(
  rows: T[],
  keyOf: (row: T) => string,
): SlaOutcomeRow[] {
  const sums = new Map<string, SlaOutcomeCounts>();
  for (const row of rows) {
    const key = keyOf(row);
    const sum = sums.get(key) ?? { met: 0, breached: 0, clocks: 0 };
    sums.set(key, {
      met: sum.met + row.met,
      breached: sum.breached + row.breached,
      clocks: sum.clocks + row.clocks,
    });
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, counts]) => ({ key, ...outcome(counts) }));
}

/**
 * The service level report (§8.3) from the database's aggregates: for
 * response and restore, compliance (met over met and breached) overall
 * and by month, service, group, priority and agreement; how much of their
 * target stopped clocks used; satisfaction against each agreement's
 * target; and the open incidents breached or at risk.
 */
export function summarizeSlaReport(
  rows: SlaReportRows,
  options: { from: string; to: string; agreements: SlaAgreement[] },
): SlaReport {
  const nameOf = (id: string) =>
    options.agreements.find(a => a.id === id)?.name ?? id;
  const compliance = (kind: string): SlaCompliance => {
    const outcomes = rows.outcomes.filter(r => r.kind === kind);
    const [overall] = byKey(outcomes, () => '');
    return {
      overall: overall
        ? {
            met: overall.met,
            breached: overall.breached,
            pending: overall.pending,
            percent: overall.percent,
          }
        : { met: 0, breached: 0, pending: 0, percent: null },
      byMonth: byKey(outcomes, r => r.month),
      byService: byKey(
        rows.services.filter(r => r.kind === kind),
        r => r.entityRef,
      ),
      byGroup: byKey(outcomes, r => r.assignmentGroup ?? 'unassigned'),
      byPriority: byKey(outcomes, r => r.priority),
      byAgreement: byKey(outcomes, r => nameOf(r.agreementId)),
    };
  };
  const distribution = (kind: string) =>
    SLA_SHARE_BUCKETS.map((bucket, i) => ({
      bucket,
      count: rows.durations
        .filter(d => d.kind === kind && d.bucket === i)
        .reduce((sum, d) => sum + d.count, 0),
    }));
  return {
    from: options.from,
    to: options.to,
    compliance: {
      response: compliance('response'),
      restore: compliance('restore'),
    },
    distributions: {
      response: distribution('response'),
      restore: distribution('restore'),
    },
    satisfaction: rows.ratings.map(rating => {
      const target = options.agreements.find(
        a => a.id === rating.agreementId,
      )?.satisfactionTarget;
      const percent = percentOf(rating.satisfied, rating.rated);
      return {
        agreement: { id: rating.agreementId, name: nameOf(rating.agreementId) },
        rated: rating.rated,
        satisfied: rating.satisfied,
        percent,
        ...(target === undefined
          ? {}
          : { target, met: percent !== null && percent >= target }),
      };
    }),
    atRisk: rows.atRisk.map(row => ({
      ref: formatRecordRef('incident', row.number),
      title: row.title,
      priority: row.priority as Priority,
      ...(row.assignmentGroup ? { assignmentGroup: row.assignmentGroup } : {}),
      kind: row.kind as 'response' | 'restore',
      crossed: row.crossed,
      breached: row.breachedAt !== undefined,
      onHold: row.phase === 'paused',
      ...(row.dueAt ? { dueAt: row.dueAt } : {}),
      ...(row.breachedAt ? { breachedAt: row.breachedAt } : {}),
      agreement: nameOf(row.agreementId),
    })),
  };
}
