export { IncidentsTable, incidentStateLabel } from './IncidentsTable';
export type { IncidentsTableProps } from './IncidentsTable';
