import { WorkflowDefinition } from './types';

/**
 * Incident states (§3.2). This is the core's minimal lifecycle; the service
 * desk workflow extends it.
 *
 * @public
 */
export type IncidentState = 'new' | 'in_progress' | 'resolved' | 'closed';

/**
 * The incident workflow table, enforced by the backend and read by the
 * frontend.
 *
 * @public
 */
export const incidentWorkflow: WorkflowDefinition<IncidentState> = {
  initialState: 'new',
  states: ['new', 'in_progress', 'resolved', 'closed'],
  openStates: ['new', 'in_progress'],
  terminalStates: ['closed'],
  stateLabels: {
    new: 'New',
    in_progress: 'In progress',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  transitions: [
    { action: 'start', label: 'Start work', from: ['new'], to: 'in_progress' },
    {
      action: 'resolve',
      label: 'Resolve',
      from: ['new', 'in_progress'],
      to: 'resolved',
      requiredFields: ['resolution'],
    },
    {
      action: 'reopen',
      label: 'Reopen',
      from: ['resolved'],
      to: 'in_progress',
      requiredFields: ['reason'],
    },
    { action: 'close', label: 'Close', from: ['resolved'], to: 'closed' },
  ],
};
