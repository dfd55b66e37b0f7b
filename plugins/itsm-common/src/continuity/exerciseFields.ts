/**
 * The kinds of continuity exercise (§9.3), from a discussion to a real
 * interruption, by their labels.
 *
 * @public
 */
export const exerciseKindLabels = {
  tabletop: 'Tabletop',
  walkthrough: 'Walkthrough',
  simulation: 'Simulation',
  failover: 'Failover',
  full_interruption: 'Full interruption',
} as const;

/** @public */
export type ExerciseKind = keyof typeof exerciseKindLabels;

/**
 * The kinds of exercise that interrupt service, so need a change record
 * and are checked against freezes like any change.
 *
 * @public
 */
export const interruptingExerciseKinds: readonly ExerciseKind[] = [
  'failover',
  'full_interruption',
];

/**
 * How an exercise ended, by its label.
 *
 * @public
 */
export const exerciseResultLabels = {
  passed: 'Passed',
  passed_with_findings: 'Passed with findings',
  failed: 'Failed',
} as const;

/** @public */
export type ExerciseResult = keyof typeof exerciseResultLabels;
