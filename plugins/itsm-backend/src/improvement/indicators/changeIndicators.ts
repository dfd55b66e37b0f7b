import { IndicatorComputation } from './IndicatorComputation';

/** How the changes indicators of the catalogue are computed. */
export const changeIndicators: IndicatorComputation[] = [];
