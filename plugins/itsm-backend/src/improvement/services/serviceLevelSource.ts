import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { readSlaSettings, SlaReportStore, summarizeSlaReport } from '../../sla';
import { ReportSources } from './PeriodicReportService';

/**
 * A monthly report's service level figures (§8.3) from the service level
 * report of sla/: compliance of the response and restore clocks of the
 * incidents opened in the month, of the scope's group or service.
 */
export function serviceLevelSource(
  db: Knex,
  config: Config,
): NonNullable<ReportSources['serviceLevels']> {
  const store = new SlaReportStore(db);
  const { agreements } = readSlaSettings(config);
  return async (window, scope) => {
    const rows = await store.report({
      ...window,
      ...(scope.kind === 'group' ? { assignmentGroups: [scope.ref] } : {}),
      ...(scope.kind === 'service' ? { anyOfEntityRefs: [scope.ref] } : {}),
    });
    const { compliance } = summarizeSlaReport(rows, { ...window, agreements });
    const overall = (kind: 'response' | 'restore') => ({
      ...compliance[kind].overall,
      percent: compliance[kind].overall.percent ?? null,
    });
    return { response: overall('response'), restore: overall('restore') };
  };
}
