export { ContinuityPage } from './ContinuityPage';
export { ContinuityRecordPage } from './ContinuityRecordPage';
