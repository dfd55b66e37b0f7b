import { SlaReport } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

const dimensions = [
  ['month', 'byMonth'],
  ['service', 'byService'],
  ['group', 'byGroup'],
  ['priority', 'byPriority'],
  ['agreement', 'byAgreement'],
] as const;

/**
 * A service level report as CSV: one line per clock kind, dimension and
 * value with met, breached, pending and the compliance; the distributions
 * (clocks per share of their target); satisfaction (rated, satisfied, the
 * percentage and the target), for analysis elsewhere (§8.3).
 */
export function slaReportCsv(report: SlaReport): string {
  const kinds = ['response', 'restore'] as const;
  return toCsv([
    [
      'section',
      'clock',
      'dimension',
      'key',
      'met',
      'breached',
      'pending',
      'percent',
      'count',
      'satisfied',
      'target',
    ],
    ...kinds.flatMap(kind => [
      [
        'compliance',
        kind,
        'overall',
        '',
        report.compliance[kind].overall.met,
        report.compliance[kind].overall.breached,
        report.compliance[kind].overall.pending,
        report.compliance[kind].overall.percent ?? undefined,
      ],
      ...dimensions.flatMap(([dimension, field]) =>
        report.compliance[kind][field].map(row => [
          'compliance',
          kind,
          dimension,
          row.key,
          row.met,
          row.breached,
          row.pending,
          row.percent ?? undefined,
        ]),
      ),
    ]),
    ...kinds.flatMap(kind =>
      report.distributions[kind].map(bucket => [
        'distribution',
        kind,
        'share of target',
        bucket.bucket,
        '',
        '',
        '',
        '',
        bucket.count,
      ]),
    ),
    ...report.satisfaction.map(s => [
      'satisfaction',
      '',
      'agreement',
      s.agreement.name,
      '',
      '',
      '',
      s.percent ?? undefined,
      s.rated,
      s.satisfied,
      s.target,
    ]),
  ]);
}
