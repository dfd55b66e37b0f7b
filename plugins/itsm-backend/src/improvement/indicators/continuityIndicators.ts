import { IndicatorComputation } from './IndicatorComputation';

/** How the continuity indicators of the catalogue are computed. */
export const continuityIndicators: IndicatorComputation[] = [];
