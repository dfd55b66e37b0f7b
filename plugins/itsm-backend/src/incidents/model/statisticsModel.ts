/**
 * Incident statistics' model (§2.3.4): what they are computed over and the
 * aggregates the store answers with, for the planner that summarises them.
 * Pure data, importing nothing of the plugin but the core's model.
 */
import type { RecordCriteria } from '../../core/model/recordModel';

/** The dimensions incident volumes are counted by. */
export type VolumeDimension =
  | 'category'
  | 'priority'
  | 'channel'
  | 'assignmentGroup';

/** What statistics are computed over. */
export type StatisticsQuery = {
  type: string;
  /** From (inclusive) and to (exclusive), ISO timestamps. */
  from: string;
  to: string;
  anyOfEntityRefs?: string[];
  assignmentGroups?: string[];
  filter?: RecordCriteria;
};

/** Aggregates straight from the database. */
export type StatisticsRows = {
  /** Records reported per UTC day and value of each dimension. */
  volumes: Record<
    VolumeDimension,
    { day: string; key: string | null; count: number }[]
  >;
  /** Records taken on in the range: how many, and the seconds it took in all. */
  accepted: { count: number; seconds: number };
  /** Records resolved in the range, and of them the first-contact ones. */
  resolved: {
    count: number;
    seconds: number;
    firstContact: number;
  };
  /**
   * Records first resolved in the range, and of them those whose resolution
   * was rejected (reopened), resolved again since or not.
   */
  firstResolved: { count: number; reopened: number };
  /** Ratings given to records closed in the range. */
  ratings: { rating: number; count: number }[];
};
