export { fieldLabel, IncidentTimeline } from './IncidentTimeline';
