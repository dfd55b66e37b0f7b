export { RecordListPage } from './RecordListPage';
export type { RecordListView } from './RecordListPage';
