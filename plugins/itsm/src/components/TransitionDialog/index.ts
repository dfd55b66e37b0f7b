export { TransitionDialog, fieldLabel } from './TransitionDialog';
export type { TransitionDialogProps } from './TransitionDialog';
