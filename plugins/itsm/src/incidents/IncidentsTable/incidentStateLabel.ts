import { stateLabel } from '@backstage-itsm/plugin-itsm-common';

/** The label of an incident state, e.g. "In progress" (see stateLabel). */
export function incidentStateLabel(state: string): string {
  return stateLabel('incident', state);
}
