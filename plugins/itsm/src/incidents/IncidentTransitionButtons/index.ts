export {
  IncidentTransitionButtons,
  incidentTransitions,
} from './IncidentTransitionButtons';
export type { IncidentTransitionButtonsProps } from './IncidentTransitionButtons';
