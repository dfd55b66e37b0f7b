/**
 * Where an improvement item came from (§10.2.2): an indicator missing its
 * target, a lesson written in another process's review, survey feedback,
 * or by hand; by their labels.
 *
 * @public
 */
export const improvementSourceLabels = {
  indicator: 'Indicator missing its target',
  'post-incident-review': 'Post-incident review',
  problem: 'Problem',
  'change-review': 'Change review',
  'sla-review': 'SLA review',
  'exercise-finding': 'Drill finding',
  survey: 'Survey feedback',
  manual: 'Raised by hand',
} as const;

/** @public */
export type ImprovementSource = keyof typeof improvementSourceLabels;

/**
 * How an improvement item was closed after its evaluation (§10.3.2).
 *
 * @public
 */
export const improvementOutcomeLabels = {
  effective: 'Effective',
  not_effective: 'Not effective',
} as const;

/** @public */
export type ImprovementOutcome = keyof typeof improvementOutcomeLabels;

/**
 * A training session's topic area: the process its attendees work in
 * (§10.2.3), by their labels.
 *
 * @public
 */
export const trainingProcessLabels = {
  'service-desk': 'Service desk',
  incidents: 'Incident management',
  problems: 'Problem management',
  changes: 'Change management',
  configuration: 'Configuration management',
  releases: 'Release management',
  'service-levels': 'Service level management',
  continuity: 'Continuity management',
  improvement: 'Continual improvement',
} as const;

/** @public */
export type TrainingProcess = keyof typeof trainingProcessLabels;
