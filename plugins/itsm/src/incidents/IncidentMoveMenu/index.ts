export { IncidentMoveMenu } from './IncidentMoveMenu';
export type { IncidentMoveMenuProps } from './IncidentMoveMenu';
