/** Whose monthly report: the portal's, a group's or a service's. */
export type ReportScopeKind = 'portal' | 'group' | 'service';

/** A monthly report (§2.1.2(5), §6.3.3, §8.3) as it was generated. */
export type StoredPeriodicReport = {
  /** `portal`, or the entity ref of the group or service. */
  scope: string;
  scopeKind: ReportScopeKind;
  /** The month, `YYYY-MM`. */
  period: string;
  markdown: string;
  csv: string;
  /** The user who asked, or `schedule`. */
  generatedBy: string;
  generatedAt: string;
};

/** A report as a list shows it, without its texts. */
export type PeriodicReportSummary = Omit<
  StoredPeriodicReport,
  'markdown' | 'csv'
>;

/** The kept monthly reports, one per scope and month. */
export interface PeriodicReportStore {
  /**
   * Keeps a report: `replace` writes over the kept one of its scope and
   * month (a manager generating it again); otherwise the first one stays
   * and the answer is false (the scheduled run on a second replica).
   */
  save(report: StoredPeriodicReport, replace: boolean): Promise<boolean>;
  /** Newest month first, then by scope; at most `limit`. */
  list(options: {
    scope?: string;
    limit: number;
  }): Promise<PeriodicReportSummary[]>;
  get(scope: string, period: string): Promise<StoredPeriodicReport | undefined>;
  /** The scopes that have a report of the month. */
  scopesOf(period: string): Promise<Set<string>>;
}
