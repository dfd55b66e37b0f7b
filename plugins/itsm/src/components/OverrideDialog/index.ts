export { OverrideDialog, useOverridableRefusal } from './OverrideDialog';
export type { OverridableRefusal } from './OverrideDialog';
