import { IndicatorComputation } from './IndicatorComputation';

/** How the training indicators of the catalogue are computed. */
export const trainingIndicators: IndicatorComputation[] = [];
