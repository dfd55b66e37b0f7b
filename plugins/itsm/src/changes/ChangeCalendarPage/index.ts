export { ChangeCalendarPage } from './ChangeCalendarPage';
