/**
 * Continual improvement (chapter 10): what other processes may use of it.
 */
export { createImprovementModule } from './createImprovementModule';
