import { IndicatorComputation } from './IndicatorComputation';

/** How the service-levels indicators of the catalogue are computed. */
export const serviceLevelIndicators: IndicatorComputation[] = [];
