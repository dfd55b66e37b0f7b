/**
 * Why a release is made (§7.1): a business need, an optimisation, a fix.
 *
 * @public
 */
export const releaseGoalLabels = {
  business: 'Business need',
  optimisation: 'Optimisation',
  fix: 'Fix',
} as const;

/** @public */
export type ReleaseGoal = keyof typeof releaseGoalLabels;

/**
 * How the business judged the result when it confirmed it (§7.3).
 *
 * @public
 */
export const releaseOutcomeLabels = {
  successful: 'Successful',
  successful_with_issues: 'Successful with issues',
} as const;

/** @public */
export type ReleaseOutcome = keyof typeof releaseOutcomeLabels;

/**
 * The verification checklists of a package (§7.2.3).
 *
 * @public
 */
export const verificationKindLabels = {
  function: 'Function',
  performance: 'Performance',
  compatibility: 'Compatibility',
} as const;

/** @public */
export type VerificationKind = keyof typeof verificationKindLabels;

/**
 * Where a rollout phase is (§7.3).
 *
 * @public
 */
export const phaseStatusLabels = {
  pending: 'Pending',
  in_progress: 'In progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
} as const;

/** @public */
export type PhaseStatus = keyof typeof phaseStatusLabels;

/**
 * The checks that must be done before a rollout starts (§7.3.1).
 *
 * @public
 */
export const preReleaseCheckLabels = {
  environment: 'Environment checked',
  backup: 'Backup taken',
  notified: 'People notified',
} as const;

/** @public */
export type PreReleaseCheck = keyof typeof preReleaseCheckLabels;

/**
 * Phases a release rolls out in unless it or configuration says otherwise.
 *
 * @public
 */
export const defaultRolloutPhases = ['canary', '50%', '100%'] as const;

/**
 * One verification check of a package (§7.2.3): what was checked, whether
 * it passed, and where the evidence is. A check recorded again replaces
 * the earlier result of the same kind and item.
 *
 * @public
 */
export type VerificationCheck = {
  kind: VerificationKind;
  item: string;
  result: 'pass' | 'fail';
  evidenceUrl?: string;
  by: string;
  at: string;
};

/**
 * One rollout phase of a release and where it is (§7.3).
 *
 * @public
 */
export type ReleasePhase = {
  name: string;
  status: PhaseStatus;
  startedAt?: string;
  finishedAt?: string;
  note?: string;
  by?: string;
};
