import { CiChange, CiReport } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

/**
 * The status report as CSV: the counts (`count` rows by dimension and
 * key), the items with a problem (`item` rows: problem, entity ref, class,
 * owner, last changed), then the recent and the unauthorised changes
 * (`change` rows: which list, entity ref, kind, fields, authorised by,
 * when).
 */
export function ciReportCsv(
  report: CiReport,
  changes: { recent: CiChange[]; unauthorized: CiChange[] } = {
    recent: [],
    unauthorized: [],
  },
): string {
  const rows: unknown[][] = [['section', 'dimension', 'key', 'count']];
  rows.push(['count', 'total', '', report.total]);
  const dimensions = {
    class: report.byClass,
    owner: report.byOwner,
    lifecycle: report.byLifecycle,
  };
  for (const [dimension, counts] of Object.entries(dimensions)) {
    for (const { key, count } of counts) {
      rows.push(['count', dimension, key || '(none)', count]);
    }
  }
  rows.push([]);
  rows.push([
    'section',
    'problem',
    'entity ref',
    'class',
    'owner',
    'changed at',
  ]);
  const problems = {
    'no owner': report.noOwner,
    'no class': report.unclassified,
    'no support group': report.noSupportGroup,
    [`unchanged for ${report.staleDays} days`]: report.stale,
  };
  for (const [problem, items] of Object.entries(problems)) {
    for (const item of items) {
      rows.push([
        'item',
        problem,
        item.entityRef,
        item.ciClass,
        item.owner ?? '',
        item.changedAt ?? '',
      ]);
    }
  }
  rows.push([]);
  rows.push([
    'section',
    'list',
    'entity ref',
    'kind',
    'fields',
    'authorised by',
    'detected at',
  ]);
  for (const [list, items] of Object.entries(changes)) {
    for (const change of items) {
      rows.push([
        'change',
        list,
        change.entityRef,
        change.kind,
        change.differences.map(d => d.path).join(' '),
        change.authorizedBy?.ref ?? 'unauthorised',
        change.detectedAt,
      ]);
    }
  }
  return toCsv(rows);
}
