/** A risk assessment report (§9.1.3(5)) as it was generated: one version. */
export type StoredRiskReport = {
  id: string;
  /** `all`, or the entity ref of the system or domain it covers. */
  scope: string;
  riskCount: number;
  markdown: string;
  csv: string;
  generatedBy: string;
  generatedAt: string;
  /** The management group it was sent to, if one is configured. */
  sentTo?: string;
};

/** A report as a list of versions shows it, without its texts. */
export type RiskReportSummary = Omit<StoredRiskReport, 'markdown' | 'csv'>;

/** The kept versions of the risk assessment reports. */
export interface RiskReportStore {
  addReport(report: Omit<StoredRiskReport, 'id'>): Promise<StoredRiskReport>;
  /** The newest first, at most `limit`, of one scope or of all. */
  listReports(options: {
    scope?: string;
    limit: number;
  }): Promise<RiskReportSummary[]>;
  getReport(id: string): Promise<StoredRiskReport | undefined>;
  /**
   * Claims the reminder of one risk's due date of a kind: true for the
   * first claim only, on every replica.
   */
  claimReminder(reminder: {
    recordId: string;
    kind: 'review' | 'treatment';
    dueDate: string;
    now: string;
  }): Promise<boolean>;
}
