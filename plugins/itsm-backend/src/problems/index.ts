/**
 * Problem management (chapter 4): the module the plugin mounts. No other
 * process uses its internals.
 */
export { createProblemModule } from './createProblemModule';
