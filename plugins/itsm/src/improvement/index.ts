export { ImprovementPage } from './ImprovementPage';
export { KpiDashboardPage } from './KpiDashboardPage';
export { KpiDetailPage } from './KpiDetailPage';
export { SurveyPage } from './SurveyPage';
export { OpenSurveysNotice } from './OpenSurveysNotice';
