import { IndicatorComputation } from './IndicatorComputation';
import { incidentIndicators } from './incidentIndicators';
import { satisfactionIndicators } from './satisfactionIndicators';
import { problemIndicators } from './problemIndicators';
import { changeIndicators } from './changeIndicators';
import { releaseIndicators } from './releaseIndicators';
import { configurationIndicators } from './configurationIndicators';
import { serviceLevelIndicators } from './serviceLevelIndicators';
import { continuityIndicators } from './continuityIndicators';
import { doraIndicators } from './doraIndicators';
import {
  TrainingIndicatorDeps,
  trainingIndicators,
} from './trainingIndicators';

/**
 * The indicator computations that need nothing but the database, by the
 * id of their definition in the catalogue (itsm-common
 * `indicatorCatalogue`); `allIndicatorComputations` adds those that read
 * the catalog.
 */
export const indicatorComputations: ReadonlyMap<string, IndicatorComputation> =
  new Map(
    [
      ...incidentIndicators,
      ...satisfactionIndicators,
      ...problemIndicators,
      ...changeIndicators,
      ...releaseIndicators,
      ...configurationIndicators,
      ...serviceLevelIndicators,
      ...continuityIndicators,
      // trainingIndicators({ groupMembers }) reads the catalog: a factory,
      // added where the catalog is at hand (see trainingIndicators.ts).
      ...doraIndicators,
    ].map(c => [c.id, c]),
  );

/**
 * Every indicator computation: the database's, and the trained share,
 * which reads group members from the catalog. A test checks that each
 * definition of the catalogue has one.
 */
export function allIndicatorComputations(
  deps: TrainingIndicatorDeps,
): ReadonlyMap<string, IndicatorComputation> {
  return new Map([
    ...indicatorComputations,
    ...trainingIndicators(deps).map(c => [c.id, c] as const),
  ]);
}
