export { ImprovementPage } from './ImprovementPage';
export { ImprovementItemPage } from './ImprovementItemPage';
export { KpiDashboardPage } from './KpiDashboardPage';
export { KpiDetailPage } from './KpiDetailPage';
export { SurveyPage } from './SurveyPage';
export { OpenSurveysNotice } from './OpenSurveysNotice';
export {
  RaiseImprovementButton,
  RaiseImprovementDialog,
} from './RaiseImprovementDialog';
export type { RaiseImprovementProps } from './RaiseImprovementDialog';
export { TrainingPage } from './TrainingPage';
export { PeriodicReportPage } from './PeriodicReportPage';
