export { ContinuityPage } from './ContinuityPage';
export { ContinuityRecordPage } from './ContinuityRecordPage';
export { ContinuityPlanPage } from './ContinuityPlanPage';
export { ImpactAnalysisPage } from './ImpactAnalysisPage';
export { RiskPage } from './RiskPage';
export { ExercisePage } from './ExercisePage';
export { IncidentContinuityCard } from './IncidentContinuityCard';
