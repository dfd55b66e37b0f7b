import { IndicatorComputation } from './IndicatorComputation';

/** How the configuration indicators of the catalogue are computed. */
export const configurationIndicators: IndicatorComputation[] = [];
