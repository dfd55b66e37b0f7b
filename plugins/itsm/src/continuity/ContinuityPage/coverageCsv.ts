import { ContinuityCoverageReport } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

const gapLabels: Record<string, string> = {
  'no-approved-plan': 'No approved plan',
  'no-recent-exercise': 'No exercise in 12 months',
};

const issueLabels: Record<string, string> = {
  'longer-rto': 'Longer RTO',
  'no-approved-analysis': 'No approved analysis',
  'no-plan': 'No continuity plan',
};

/**
 * The coverage report as CSV, one row per finding: each gap of a critical
 * service; each inconsistency the report lists of an analysed service's
 * objectives (its nearest ones), with its path and, under Count, how many
 * the service has in all; then each cause (an entity at fault, once), with
 * its shortest path and, under Count, the services it affects.
 */
export function coverageCsv(
  report: ContinuityCoverageReport,
  nameOf: (entityRef: string) => string,
): string {
  const rows: unknown[][] = [
    [
      'Service',
      'Finding',
      'Analysis',
      'RTO (min)',
      'MTPD (min)',
      'Count',
      'Path',
      'Detail',
    ],
  ];
  for (const gap of report.gaps) {
    for (const kind of gap.gaps) {
      rows.push([
        nameOf(gap.entityRef),
        gapLabels[kind],
        gap.analysis?.ref ?? '',
        '',
        gap.analysis?.mtpdMinutes ?? '',
        '',
        '',
        gap.lastExerciseAt
          ? `Last exercise ${gap.lastExerciseAt.slice(0, 10)}`
          : '',
      ]);
    }
  }
  for (const check of report.inconsistent) {
    for (const issue of check.issues) {
      rows.push([
        nameOf(check.entityRef),
        'Inconsistent objective',
        check.analysis?.ref ?? '',
        check.rtoMinutes ?? '',
        check.mtpdMinutes ?? '',
        check.issueCount,
        issue.path.map(nameOf).join(' → '),
        issue.message,
      ]);
    }
  }
  for (const cause of report.causes) {
    rows.push([
      nameOf(cause.entityRef),
      `Cause: ${issueLabels[cause.kind]}`,
      cause.analysisRef ?? '',
      cause.rtoMinutes ?? '',
      '',
      cause.services,
      cause.path.map(nameOf).join(' → '),
      cause.message,
    ]);
  }
  return toCsv(rows);
}
