export { ContinuityPlansTab } from './ContinuityPlansTab';
