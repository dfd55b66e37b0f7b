export {
  IncidentsTable,
  incidentStateLabel,
  incidentsTableKeys,
} from './IncidentsTable';
export type { IncidentsTableProps, IncidentTimeColumn } from './IncidentsTable';
