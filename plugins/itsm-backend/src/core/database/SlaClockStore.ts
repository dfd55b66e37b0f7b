import type { RecordCriteria } from '../model/recordModel';
import type { SlaCrossing, SlaReportRows } from '../model/slaClockModel';

/*
 * The clocks' model lives in core/slaClockModel.ts; re-exported here so the
 * importers outside domain/ keep working until issue 18 moves them.
 */
export { SLA_ACTOR } from '../model/slaClockModel';
export type {
  SlaClock,
  SlaCrossing,
  SlaIdleSpan,
  SlaOutcomeCounts,
  SlaReportRows,
  StoredSlaClock,
} from '../model/slaClockModel';

/** What a service level report covers. */
export type SlaReportQuery = {
  /** Incidents opened from (inclusive) to (exclusive), ISO timestamps. */
  from: string;
  to: string;
  anyOfEntityRefs?: string[];
  assignmentGroups?: string[];
  filter?: RecordCriteria;
};

/** The breach scan's and the reports' access to the clocks. */
export interface SlaClockStore {
  /** The aggregates of a report (§8.3) over the incidents the query lets through. */
  report(query: SlaReportQuery): Promise<SlaReportRows>;

  /**
   * Announces the crossings that have come by `now`, at most `limit`
   * clocks, oldest first: each clock's highest threshold reached and not
   * yet announced is marked crossed (a breach also breached) and written
   * to its incident's timeline, in one transaction. A clock is claimed by
   * one scan only (locked and skipped by others), so each crossing is
   * announced exactly once however many replicas scan.
   */
  claimCrossings(options: {
    now: string;
    limit: number;
  }): Promise<SlaCrossing[]>;
}
