import { IncidentStatistics } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

/**
 * Incident statistics as CSV: one row per volume (period, dimension, key,
 * count), then the measures (as `measure` rows with their value).
 */
export function statisticsCsv(stats: IncidentStatistics): string {
  const rows: unknown[][] = [['period', 'dimension', 'key', 'count']];
  for (const [dimension, volumes] of Object.entries(stats.volumes)) {
    for (const v of volumes) {
      rows.push([v.period, dimension, v.key, v.count]);
    }
  }
  const range = `${stats.from}/${stats.to}`;
  const measures: [string, unknown][] = [
    ['reported', stats.reported],
    ['accepted', stats.accepted.count],
    ['mean hours to accept', stats.accepted.meanHours],
    ['resolved', stats.resolved.count],
    ['mean hours to resolve', stats.resolved.meanHours],
    ['first-contact resolution rate', stats.resolved.firstContactRate],
    ['reopen rate', stats.resolved.reopenRate],
    ['ratings', stats.satisfaction.count],
    ['average rating', stats.satisfaction.average],
  ];
  for (const [name, value] of measures) {
    rows.push([range, 'measure', name, value]);
  }
  return toCsv(rows);
}
