export { ScheduleReleaseDialog } from './ScheduleReleaseDialog';
