/**
 * What a review of a service's agreement decides (§8.3.2).
 *
 * @public
 */
export const slaReviewDecisionLabels = {
  keep: 'Keep the agreement as it is',
  revise: 'Revise its objectives',
  retire: 'Retire it',
} as const;

/** @public */
export type SlaReviewDecision = keyof typeof slaReviewDecisionLabels;
