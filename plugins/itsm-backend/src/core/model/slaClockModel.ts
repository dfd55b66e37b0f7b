/**
 * The service level clocks' model (§8): a clock, a crossing and a report's
 * aggregates, as the planners and the stores see them. Pure data, importing
 * nothing of the plugin, so `domain/` can use it without the database layer.
 */
import {
  SlaClockKind,
  SlaClockPhase,
  SlaThreshold,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * A time a clock does not count: paused on hold, stopped until reopened,
 * or an approved maintenance window of the incident's entities (known when
 * the incident was opened).
 */
export type SlaIdleSpan = {
  start: string;
  /** Absent while the clock still stands. */
  end?: string;
  reason: 'paused' | 'stopped' | 'maintenance';
};

/**
 * A service level clock of an incident (§8.1): the working time it has
 * counted since the incident was opened, less the times it stood, against
 * the target its agreement sets for the incident's priority, with the
 * instants at which it warns and falls due while it runs.
 */
export type SlaClock = {
  kind: SlaClockKind;
  agreementId: string;
  /** The priority whose target it counts against. */
  priority: string;
  /** The business calendar it counts in. */
  calendarId: string;
  /** Minutes of working time; null when the agreement sets none. */
  targetMinutes: number | null;
  startedAt: string;
  phase: SlaClockPhase;
  idle: SlaIdleSpan[];
  /** Working time counted, as of `updatedAt`. */
  elapsedMs: number;
  /** While it runs: when it reaches 50% and 75% of its target, and 100%. */
  warn50At?: string;
  warn75At?: string;
  dueAt?: string;
  /** The highest threshold it has crossed (0: none), each announced once. */
  crossed: 0 | SlaThreshold;
  /** While it runs: when it crosses its next threshold. */
  nextThresholdAt?: string;
  breachedAt?: string;
  /** Once stopped: whether it stayed within its target. */
  met?: boolean;
  updatedAt: string;
};

/** A stored clock. */
export type StoredSlaClock = SlaClock & { id: string; recordId: string };

/**
 * The clock of an incident a queue watches (§8.2): the running clock that
 * falls due first, else a paused one, else how the restore clock ended.
 */
export type SlaClockSummary = {
  kind: SlaClock['kind'];
  phase: SlaClockPhase;
  targetMinutes: number;
  /** While it runs: when it falls due, and when 75% of its target is used. */
  dueAt?: string;
  warnAt?: string;
  /** While it stands: working minutes left of its target (negative when over). */
  remainingMinutes?: number;
  /** Past its target: due and not stopped, or breached before. */
  breached: boolean;
  /** Once stopped: whether it stayed within its target. */
  met?: boolean;
};

/** A clock that crossed a threshold, announced once (by the breach scan). */
export type SlaCrossing = {
  clockId: string;
  recordId: string;
  kind: SlaClockKind;
  threshold: SlaThreshold;
  agreementId: string;
  priority: string;
  targetMinutes: number | null;
  dueAt?: string;
};

/** Who the timeline says announced a crossing. */
export const SLA_ACTOR = 'itsm:sla';
