/**
 * The service level report's model (§8.3): what a report covers and the
 * aggregates the store answers with, for the planner that summarises them.
 */
import type { RecordCriteria } from '../../core/model/recordModel';

/** What a service level report covers. */
export type SlaReportQuery = {
  /** Incidents opened from (inclusive) to (exclusive), ISO timestamps. */
  from: string;
  to: string;
  anyOfEntityRefs?: string[];
  assignmentGroups?: string[];
  filter?: RecordCriteria;
};

/** Clocks with a target: met, breached, and all (the rest still pending). */
export type SlaOutcomeCounts = {
  met: number;
  breached: number;
  clocks: number;
};

/** The aggregates of a service level report, straight from the database. */
export type SlaReportRows = {
  /** Clocks with a target by outcome, per month, kind, priority, group and agreement. */
  outcomes: (SlaOutcomeCounts & {
    month: string;
    kind: string;
    priority: string;
    assignmentGroup: string | null;
    agreementId: string;
  })[];
  /** The same per kind and affected entity (an incident counts for each of its entities). */
  services: (SlaOutcomeCounts & { kind: string; entityRef: string })[];
  /** Stopped clocks by the share of their target used: buckets 0-5 (≤25%, ≤50%, ≤75%, ≤100%, ≤150%, more). */
  durations: { kind: string; bucket: number; count: number }[];
  /** Rated incidents per agreement, and of them those rated 4 or 5. */
  ratings: { agreementId: string; satisfied: number; rated: number }[];
  /** Open incidents whose clock is breached or past 75%, soonest due first. */
  atRisk: {
    recordId: string;
    number: number;
    title: string;
    priority: string;
    assignmentGroup: string | null;
    kind: string;
    crossed: number;
    agreementId: string;
    phase: string;
    dueAt?: string;
    breachedAt?: string;
  }[];
};
