export { OverrideDialog, isOverridable } from './OverrideDialog';
