export { SlaReportPage } from './SlaReportPage';
