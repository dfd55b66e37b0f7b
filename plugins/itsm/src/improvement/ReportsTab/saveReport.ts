import { PeriodicReport } from '@backstage-itsm/plugin-itsm-common';
import { downloadCsv } from '../../lib/csv';

/** The file name of a report: `itsm-report-<scope>-<period>`. */
export function reportFileName(report: { scope: string; period: string }) {
  return `itsm-report-${report.scope.replace(/[^a-z0-9]+/gi, '-')}-${
    report.period
  }`;
}

/** Makes the browser save a monthly report's Markdown or its CSV. */
export function saveReport(report: PeriodicReport, format: 'markdown' | 'csv') {
  const name = reportFileName(report);
  if (format === 'csv') {
    downloadCsv(report.csv, `${name}.csv`);
    return;
  }
  const url = URL.createObjectURL(
    new Blob([report.markdown], { type: 'text/markdown' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.md`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Where a report's printable page is. */
export const reportPath = (report: { scope: string; period: string }) =>
  `/itsm/reports/${encodeURIComponent(report.scope)}/${report.period}`;
