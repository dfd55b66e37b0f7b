export { DescriptionCard } from './DescriptionCard';
export { entityLinkOrDash } from './entityLinkOrDash';
export { RecordFieldsCard } from './RecordFieldsCard';
export { RecordPage } from './RecordPage';
export type { RecordPageColumn } from './RecordPage';
export { useRecordPage } from './useRecordPage';
export type { RecordPageState } from './useRecordPage';
