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

/**
 * Every indicator computation, by the id of its definition in the
 * catalogue (itsm-common `indicatorCatalogue`); a test checks that each
 * definition has one.
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
