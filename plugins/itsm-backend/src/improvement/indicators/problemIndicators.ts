import { IndicatorComputation } from './IndicatorComputation';

/** How the problems indicators of the catalogue are computed. */
export const problemIndicators: IndicatorComputation[] = [];
