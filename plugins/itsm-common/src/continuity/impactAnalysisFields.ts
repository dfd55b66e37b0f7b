/**
 * The categories a business impact analysis rates an outage's impact in
 * (§9.1.3(3): financial loss, customers, and what the standard's outage
 * analysis names besides), by their labels.
 *
 * @public
 */
export const impactCategoryLabels = {
  financial: 'Financial',
  customers: 'Customers',
  legal: 'Legal and regulatory',
  reputation: 'Reputation',
  operations: 'Operations',
} as const;

/** @public */
export type ImpactCategory = keyof typeof impactCategoryLabels;

/**
 * The points after an outage starts at which impact is rated, in minutes,
 * unless `itsm.continuity.impactIntervals` says otherwise: 1 hour, 4 hours,
 * 1 day, 3 days and 1 week.
 *
 * @public
 */
export const defaultImpactIntervalMinutes: readonly number[] = [
  60,
  4 * 60,
  24 * 60,
  3 * 24 * 60,
  7 * 24 * 60,
];

/**
 * The recovery objectives a business impact analysis sets for its entity
 * (§9.1.3, §9.2.2(1)), in minutes: how long the service may be down (RTO),
 * how much data may be lost (RPO), and the maximum tolerable period of
 * disruption that follows from the impact ratings (MTPD). An approved
 * analysis's objectives are what plans, drills and the dependency check
 * read.
 *
 * @public
 */
export type RecoveryObjectives = {
  rtoMinutes?: number;
  rpoMinutes?: number;
  mtpdMinutes?: number;
};

/**
 * One cell of an analysis's impact grid: how badly an outage hurts in one
 * category once it has lasted `afterMinutes` (one of the configured
 * points), from 1 (negligible) to 5 (severe).
 *
 * @public
 */
export type ImpactRating = {
  category: ImpactCategory;
  afterMinutes: number;
  rating: number;
};

/**
 * What each rating of the impact grid means, by its value.
 *
 * @public
 */
export const impactRatingLabels: Record<number, string> = {
  1: 'Negligible',
  2: 'Minor',
  3: 'Moderate',
  4: 'Major',
  5: 'Severe',
};

/**
 * The rating from which an outage is no longer tolerable: the first point
 * rated this high in any category is the MTPD.
 *
 * @public
 */
export const INTOLERABLE_IMPACT_RATING = 4;
