/**
 * Problem management (chapter 4): the module the plugin mounts. No other
 * process uses its internals.
 */
export { createProblemModule } from './createProblemModule';
export { problemChangeRequestRules } from './domain/planProblemChangeRequest';
export { ProblemAnalysisService } from './services/ProblemAnalysisService';
export { ProblemFixFollower } from './services/ProblemFixFollower';
