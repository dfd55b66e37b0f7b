/**
 * Continual improvement (chapter 10): what other processes may use of it.
 */
export { createImprovementModule } from './createImprovementModule';
export { IndicatorService } from './services/IndicatorService';
export type { KpiFigure, KpiPoint } from './services/IndicatorService';
export type {
  IndicatorReader,
  IndicatorScope,
  IndicatorValue,
  IndicatorWindow,
} from './indicators/IndicatorComputation';
