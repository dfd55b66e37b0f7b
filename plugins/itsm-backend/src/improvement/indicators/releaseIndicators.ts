import { IndicatorComputation } from './IndicatorComputation';

/** How the releases indicators of the catalogue are computed. */
export const releaseIndicators: IndicatorComputation[] = [];
