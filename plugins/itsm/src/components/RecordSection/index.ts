export { RecordSection } from './RecordSection';
