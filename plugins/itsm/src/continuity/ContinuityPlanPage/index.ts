export { ContinuityPlanPage } from './ContinuityPlanPage';
