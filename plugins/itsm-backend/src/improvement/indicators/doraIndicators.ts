import { IndicatorComputation } from './IndicatorComputation';

/** How the dora indicators of the catalogue are computed. */
export const doraIndicators: IndicatorComputation[] = [];
