export { PeriodicReportPage } from './PeriodicReportPage';
