/**
 * Incidents and the service desk (chapters 2-3): what the other processes'
 * pages use of them.
 */
export { useOpenIncidentCounts } from './EntityIncidentsContent/useOpenIncidentCounts';
export { incidentStateLabel } from './IncidentsTable';
