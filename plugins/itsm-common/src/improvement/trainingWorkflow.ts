import { WorkflowDefinition } from '../workflow/types';

/**
 * Training session states (§10.2.3): planned, held (attendance and
 * completion recorded), or cancelled.
 *
 * @public
 */
export type TrainingState = 'planned' | 'held' | 'cancelled';

/**
 * The training session workflow table.
 *
 * @public
 */
export const trainingWorkflow: WorkflowDefinition<TrainingState> = {
  initialState: 'planned',
  states: ['planned', 'held', 'cancelled'],
  openStates: ['planned'],
  terminalStates: ['held', 'cancelled'],
  stateLabels: {
    planned: 'Planned',
    held: 'Held',
    cancelled: 'Cancelled',
  },
  transitions: [
    {
      action: 'hold',
      label: 'Record as held',
      from: ['planned'],
      to: 'held',
      optionalFields: ['completedBy'],
    },
    {
      action: 'cancel',
      label: 'Cancel',
      from: ['planned'],
      to: 'cancelled',
      requiredFields: ['reason'],
    },
  ],
};
