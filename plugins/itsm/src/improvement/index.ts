export { ImprovementPage } from './ImprovementPage';
export { KpiDashboardPage } from './KpiDashboardPage';
