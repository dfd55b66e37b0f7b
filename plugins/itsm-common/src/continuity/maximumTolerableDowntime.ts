import {
  ImpactRating,
  INTOLERABLE_IMPACT_RATING,
} from './impactAnalysisFields';

/**
 * The maximum tolerable period of disruption (MTPD) that follows from an
 * analysis's impact grid (§9.1.3(3)): the first point after an outage
 * starts, in minutes, at which any category is rated 4 (major) or more;
 * undefined when no rating reaches it. Points outside `intervals` (when
 * given) are ignored, so a grid rated at points since removed from the
 * configuration does not decide it.
 *
 * @public
 */
export function maximumTolerableDowntime(
  ratings: readonly ImpactRating[],
  intervals?: readonly number[],
): number | undefined {
  let first: number | undefined;
  for (const { afterMinutes, rating } of ratings) {
    if (rating < INTOLERABLE_IMPACT_RATING) continue;
    if (intervals && !intervals.includes(afterMinutes)) continue;
    if (first === undefined || afterMinutes < first) first = afterMinutes;
  }
  return first;
}
