export { KpiDetailPage } from './KpiDetailPage';
