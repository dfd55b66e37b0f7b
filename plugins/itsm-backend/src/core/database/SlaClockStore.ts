import type { SlaCrossing } from '../model/slaClockModel';

/* The clocks' model (core/model/slaClockModel.ts), for the stores' users. */
export { SLA_ACTOR } from '../model/slaClockModel';
export type {
  SlaClock,
  SlaClockSummary,
  SlaCrossing,
  SlaIdleSpan,
  StoredSlaClock,
} from '../model/slaClockModel';

/** The breach scan's access to the clocks. */
export interface SlaClockStore {
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
