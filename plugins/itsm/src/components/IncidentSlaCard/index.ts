export { IncidentSlaCard } from './IncidentSlaCard';
