import { IndicatorComputation } from './IndicatorComputation';

/** How the satisfaction indicators of the catalogue are computed. */
export const satisfactionIndicators: IndicatorComputation[] = [];
