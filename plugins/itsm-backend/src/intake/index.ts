/**
 * The reporting channels (§2.3.1): the module the plugin mounts. No other
 * process uses its internals.
 */
export { createIntakeModule } from './createIntakeModule';
