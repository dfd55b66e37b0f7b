export { RecoveryChecklist, describeMeasurement } from './RecoveryChecklist';
