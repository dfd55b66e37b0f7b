export { TrainingsTab } from './TrainingsTab';
export { TrainingPlanView } from './TrainingPlanView';
export { TrainingSessionsTable, processLabel } from './TrainingSessionsTable';
