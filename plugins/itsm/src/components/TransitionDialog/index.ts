export { TransitionDialog, fieldLabel } from './TransitionDialog';
export type { TransitionDialogProps } from './TransitionDialog';
export { PendingTransitionDialog } from './PendingTransitionDialog';
export { TransitionNoticeAlert } from './TransitionNoticeAlert';
