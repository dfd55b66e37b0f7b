/**
 * The four phases of a continuity plan's measures (§9.2.3(2)), by their
 * labels.
 *
 * @public
 */
export const continuityPhaseLabels = {
  prevention: 'Prevention',
  detection: 'Detection',
  response: 'Response',
  recovery: 'Recovery',
} as const;

/** @public */
export type ContinuityPhase = keyof typeof continuityPhaseLabels;

/**
 * One step of a plan's contingency plan or emergency response procedure
 * (§9.2.2(4)), in order: what is done, the role that does it, how long it
 * is expected to take and the runbook that says how. An invocation from a
 * major incident and an exercise run these steps as a timed checklist.
 *
 * @public
 */
export type ContinuityProcedureStep = {
  /** Stable within the plan, so a run's checklist refers to it. */
  id: string;
  title: string;
  /** Who performs it: a role in words, or a user or group entity ref. */
  role: string;
  expectedMinutes: number;
  runbookUrl?: string;
};
