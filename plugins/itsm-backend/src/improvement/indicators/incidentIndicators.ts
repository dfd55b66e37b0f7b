import { IndicatorComputation } from './IndicatorComputation';

/** How the incidents indicators of the catalogue are computed. */
export const incidentIndicators: IndicatorComputation[] = [];
