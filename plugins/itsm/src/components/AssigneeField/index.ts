export { AssigneeField } from './AssigneeField';
export type { AssigneeFieldProps } from './AssigneeField';
