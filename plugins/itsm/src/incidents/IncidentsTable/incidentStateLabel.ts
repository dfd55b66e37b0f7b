import {
  IncidentState,
  incidentWorkflow,
} from '@backstage-itsm/plugin-itsm-common';

/** The label of an incident state, e.g. "In progress". */
export function incidentStateLabel(state: string): string {
  return incidentWorkflow.stateLabels[state as IncidentState] ?? state;
}
