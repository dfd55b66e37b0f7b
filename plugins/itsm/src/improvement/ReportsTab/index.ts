export { ReportsTab, ReportScope } from './ReportsTab';
export { saveReport, reportPath, reportFileName } from './saveReport';
