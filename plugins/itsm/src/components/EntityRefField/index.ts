export { EntityRefField } from './EntityRefField';
export type { EntityRefFieldProps } from './EntityRefField';
