import { Knex } from 'knex';
import { toIso } from '../../core/database/operations/rowMapping';
import {
  PeriodicReportStore,
  PeriodicReportSummary,
  ReportScopeKind,
  StoredPeriodicReport,
} from './PeriodicReportStore';

type ReportRow = {
  scope: string;
  scope_kind: string;
  period: string;
  markdown: string;
  csv: string;
  generated_by: string;
  generated_at: string | Date;
};

const TABLE = 'itsm_periodic_reports';

const summaryColumns = [
  'scope',
  'scope_kind',
  'period',
  'generated_by',
  'generated_at',
] as const;

const rowToSummary = (row: Partial<ReportRow>): PeriodicReportSummary => ({
  scope: row.scope!,
  scopeKind: row.scope_kind as ReportScopeKind,
  period: row.period!,
  generatedBy: row.generated_by!,
  generatedAt: toIso(row.generated_at!),
});

/** The monthly reports in the plugin's database, SQLite or PostgreSQL. */
export class DatabasePeriodicReportStore implements PeriodicReportStore {
  constructor(private readonly db: Knex) {}

  async save(report: StoredPeriodicReport, replace: boolean): Promise<boolean> {
    const row: ReportRow = {
      scope: report.scope,
      scope_kind: report.scopeKind,
      period: report.period,
      markdown: report.markdown,
      csv: report.csv,
      generated_by: report.generatedBy,
      generated_at: report.generatedAt,
    };
    const insert = this.db<ReportRow>(TABLE)
      .insert(row)
      .onConflict(['scope', 'period']);
    if (replace) {
      await insert.merge([
        'scope_kind',
        'markdown',
        'csv',
        'generated_by',
        'generated_at',
      ]);
      return true;
    }
    const result: unknown = await insert.ignore().returning('scope');
    return Array.isArray(result) ? result.length > 0 : Boolean(result);
  }

  async list(options: {
    scope?: string;
    limit: number;
  }): Promise<PeriodicReportSummary[]> {
    const query = this.db<ReportRow>(TABLE)
      .select(...summaryColumns)
      .orderBy([
        { column: 'period', order: 'desc' },
        { column: 'scope', order: 'asc' },
      ])
      .limit(options.limit);
    if (options.scope) query.where('scope', options.scope);
    return (await query).map(rowToSummary);
  }

  async get(
    scope: string,
    period: string,
  ): Promise<StoredPeriodicReport | undefined> {
    const row = await this.db<ReportRow>(TABLE)
      .where({ scope, period })
      .first();
    return row
      ? { ...rowToSummary(row), markdown: row.markdown, csv: row.csv }
      : undefined;
  }

  async scopesOf(period: string): Promise<Set<string>> {
    const rows = await this.db<ReportRow>(TABLE)
      .select('scope')
      .where({ period });
    return new Set(rows.map(r => r.scope));
  }
}
