import { PeriodicReport } from '@backstage-itsm/plugin-itsm-common';
import { downloadCsv } from '../../lib/csv';
import { downloadFile } from '../../lib/downloadFile';

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
  downloadFile(report.markdown, `${name}.md`, 'text/markdown');
}

/** Where a report's printable page is. */
export const reportPath = (report: { scope: string; period: string }) =>
  `/itsm/reports/${encodeURIComponent(report.scope)}/${report.period}`;
