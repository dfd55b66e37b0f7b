export { IncidentContinuityCard } from './IncidentContinuityCard';
