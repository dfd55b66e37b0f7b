export { PlanContentDialog } from './PlanContentDialog';
