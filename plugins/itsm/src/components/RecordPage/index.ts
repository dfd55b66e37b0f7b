export { DescriptionCard } from './DescriptionCard';
export { RecordPage } from './RecordPage';
export type { RecordPageColumn } from './RecordPage';
export { useRecordPage } from './useRecordPage';
export type { RecordPageState } from './useRecordPage';
