import { WorkflowDefinition } from '../workflow/types';
import { exerciseResultLabels } from './exerciseFields';

/**
 * Exercise states (§9.3): planned, running (the plan's steps as a timed
 * checklist), completed with its result and findings, or cancelled.
 *
 * @public
 */
export type ExerciseState = 'planned' | 'running' | 'completed' | 'cancelled';

/**
 * The exercise (drill) workflow table.
 *
 * @public
 */
export const exerciseWorkflow: WorkflowDefinition<ExerciseState> = {
  initialState: 'planned',
  states: ['planned', 'running', 'completed', 'cancelled'],
  openStates: ['planned', 'running'],
  terminalStates: ['completed', 'cancelled'],
  stateLabels: {
    planned: 'Planned',
    running: 'Running',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  transitions: [
    {
      action: 'start',
      label: 'Start the drill',
      from: ['planned'],
      to: 'running',
    },
    {
      action: 'complete',
      label: 'Complete',
      from: ['running'],
      to: 'completed',
      requiredFields: ['result'],
      keeps: ['result'],
      fieldChoices: { result: exerciseResultLabels },
    },
    {
      action: 'cancel',
      label: 'Cancel',
      from: ['planned', 'running'],
      to: 'cancelled',
      requiredFields: ['reason'],
    },
  ],
};
