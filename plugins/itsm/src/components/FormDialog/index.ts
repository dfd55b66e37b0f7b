export { FormDialog } from './FormDialog';
export type { FormDialogProps, FormField } from './FormDialog';
