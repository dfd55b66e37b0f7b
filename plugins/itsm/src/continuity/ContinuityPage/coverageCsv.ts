import { ContinuityCoverageReport } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

const gapLabels: Record<string, string> = {
  'no-approved-plan': 'No approved plan',
  'no-recent-exercise': 'No exercise in 12 months',
};

/**
 * The coverage report as CSV, one row per finding: each gap of a critical
 * service, then each inconsistency of an analysed service's objectives
 * with its path.
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
        issue.path.map(nameOf).join(' → '),
        issue.message,
      ]);
    }
  }
  return toCsv(rows);
}
