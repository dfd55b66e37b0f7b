export { ContinuityRecordPage } from './ContinuityRecordPage';
export { ContinuityActions } from './ContinuityActions';
