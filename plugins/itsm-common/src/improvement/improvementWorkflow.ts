import { WorkflowDefinition } from '../workflow/types';
import { improvementOutcomeLabels } from './improvementFields';

/**
 * Improvement item states (§10.2.2, §10.3): proposed, approved by a lead
 * or manager who did not propose it (the approval engine), in progress,
 * evaluating its measured effect, closed as effective or not, or rejected
 * at approval. Its approval covers what was approved (`approvedFields`):
 * to change that content once approved, the item is resubmitted for a new
 * round of approval, with the reason.
 *
 * @public
 */
export type ImprovementState =
  | 'proposed'
  | 'approved'
  | 'in_progress'
  | 'evaluating'
  | 'closed'
  | 'rejected';

/**
 * The improvement item workflow table.
 *
 * @public
 */
export const improvementWorkflow: WorkflowDefinition<ImprovementState> = {
  initialState: 'proposed',
  states: [
    'proposed',
    'approved',
    'in_progress',
    'evaluating',
    'closed',
    'rejected',
  ],
  openStates: ['proposed', 'approved', 'in_progress', 'evaluating'],
  terminalStates: ['closed', 'rejected'],
  editableStates: ['proposed', 'approved', 'in_progress'],
  approval: {
    awaiting: 'proposed',
    approved: 'approved',
    rejected: 'rejected',
  },
  stateLabels: {
    proposed: 'Proposed',
    approved: 'Approved',
    in_progress: 'In progress',
    evaluating: 'Evaluating',
    closed: 'Closed',
    rejected: 'Rejected',
  },
  transitions: [
    {
      action: 'start',
      label: 'Start work',
      from: ['approved'],
      to: 'in_progress',
    },
    {
      // The approved content changes only under a new approval round.
      action: 'resubmit',
      label: 'Resubmit for approval',
      from: ['approved', 'in_progress'],
      to: 'proposed',
      requiredFields: ['reason'],
      performedBy: ['worker', 'reporter'],
    },
    {
      action: 'evaluate',
      label: 'Evaluate the effect',
      from: ['in_progress'],
      to: 'evaluating',
    },
    {
      action: 'resume',
      label: 'Back to work',
      from: ['evaluating'],
      to: 'in_progress',
      requiredFields: ['reason'],
    },
    {
      action: 'close',
      label: 'Close',
      from: ['evaluating'],
      to: 'closed',
      requiredFields: ['outcome', 'note'],
      keeps: ['outcome'],
      fieldChoices: { outcome: improvementOutcomeLabels },
    },
  ],
};
