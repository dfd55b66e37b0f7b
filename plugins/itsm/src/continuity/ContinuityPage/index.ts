export { ContinuityPage } from './ContinuityPage';
