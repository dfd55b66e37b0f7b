import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { isUniqueViolation } from '../../core/database/operations/isUniqueViolation';
import { toIso } from '../../core/database/operations/rowMapping';
import {
  RiskReportStore,
  RiskReportSummary,
  StoredRiskReport,
} from './RiskReportStore';

type RiskReportRow = {
  id: string;
  scope: string;
  risk_count: number | string;
  markdown: string;
  csv: string;
  generated_by: string;
  generated_at: string | Date;
  sent_to: string | null;
};

const summaryColumns = [
  'id',
  'scope',
  'risk_count',
  'generated_by',
  'generated_at',
  'sent_to',
] as const;

const rowToSummary = (row: Partial<RiskReportRow>): RiskReportSummary => ({
  id: row.id!,
  scope: row.scope!,
  riskCount: Number(row.risk_count),
  generatedBy: row.generated_by!,
  generatedAt: toIso(row.generated_at!),
  ...(row.sent_to ? { sentTo: row.sent_to } : {}),
});

/** The risk reports and reminders in the plugin's database, SQLite or PostgreSQL. */
export class DatabaseRiskReportStore implements RiskReportStore {
  constructor(private readonly db: Knex) {}

  async addReport(
    report: Omit<StoredRiskReport, 'id'>,
  ): Promise<StoredRiskReport> {
    const row: RiskReportRow = {
      id: randomUUID(),
      scope: report.scope,
      risk_count: report.riskCount,
      markdown: report.markdown,
      csv: report.csv,
      generated_by: report.generatedBy,
      generated_at: report.generatedAt,
      sent_to: report.sentTo ?? null,
    };
    await this.db<RiskReportRow>('itsm_risk_reports').insert(row);
    return { ...report, id: row.id };
  }

  async listReports(options: {
    scope?: string;
    limit: number;
  }): Promise<RiskReportSummary[]> {
    const query = this.db<RiskReportRow>('itsm_risk_reports')
      .select(...summaryColumns)
      .orderBy([
        { column: 'generated_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    if (options.scope) query.where('scope', options.scope);
    return (await query).map(rowToSummary);
  }

  async getReport(id: string): Promise<StoredRiskReport | undefined> {
    const row = await this.db<RiskReportRow>('itsm_risk_reports')
      .where('id', id)
      .first();
    return row
      ? { ...rowToSummary(row), markdown: row.markdown, csv: row.csv }
      : undefined;
  }

  async claimReminder(reminder: {
    recordId: string;
    kind: 'review' | 'treatment';
    dueDate: string;
    now: string;
  }): Promise<boolean> {
    try {
      await this.db('itsm_risk_reminders').insert({
        record_id: reminder.recordId,
        kind: reminder.kind,
        due_date: reminder.dueDate,
        sent_at: reminder.now,
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
