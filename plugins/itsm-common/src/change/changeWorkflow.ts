import { WorkflowDefinition } from '../workflow/types';
import {
  businessSatisfactionLabels,
  changeOutcomeLabels,
} from './changeFields';

/**
 * Change states (chapter 5): drafted and submitted by the requester (§5.2.1),
 * accepted after a review of reasonableness and feasibility (§5.2.2) or
 * rejected, assessed with its impact (§5.2.3), approved (§5.2.4), scheduled
 * with its stakeholders told (§5.2.5), implemented (§5.3.2), reviewed
 * (§5.3.4) and closed (§5.3.5); or cancelled.
 *
 * @public
 */
export type ChangeState =
  | 'draft'
  | 'submitted'
  | 'accepted'
  | 'assessed'
  | 'awaiting_approval'
  | 'scheduled'
  | 'implementing'
  | 'review'
  | 'closed'
  | 'rejected'
  | 'cancelled';

/** The states a change can still be called off from. */
const beforeImplementation: ChangeState[] = [
  'draft',
  'submitted',
  'accepted',
  'assessed',
  'awaiting_approval',
  'scheduled',
];

/** The states of a change not yet finished. */
const openChangeStates: readonly ChangeState[] = [
  'draft',
  'submitted',
  'accepted',
  'assessed',
  'awaiting_approval',
  'scheduled',
  'implementing',
  'review',
];

/**
 * The change workflow table, enforced by the backend and read by the
 * frontend. Approval decisions are not moves of their own: the approval
 * engine moves an awaiting change to scheduled when every approval group
 * agrees, and back to draft on a rejection.
 *
 * @public
 */
export const changeWorkflow: WorkflowDefinition<ChangeState> = {
  initialState: 'draft',
  states: [
    'draft',
    'submitted',
    'accepted',
    'assessed',
    'awaiting_approval',
    'scheduled',
    'implementing',
    'review',
    'closed',
    'rejected',
    'cancelled',
  ],
  openStates: openChangeStates,
  terminalStates: ['closed', 'rejected', 'cancelled'],
  // A finished change is its archived record (§5.3.5): read-only.
  editableStates: openChangeStates,
  approval: {
    awaiting: 'awaiting_approval',
    approved: 'scheduled',
    rejected: 'draft',
  },
  stateLabels: {
    draft: 'Draft',
    submitted: 'Submitted',
    accepted: 'Accepted',
    assessed: 'Assessed',
    awaiting_approval: 'Awaiting approval',
    scheduled: 'Scheduled',
    implementing: 'Implementing',
    review: 'In review',
    closed: 'Closed',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
  },
  transitions: [
    {
      action: 'submit',
      label: 'Submit',
      from: ['draft'],
      to: 'submitted',
      when: { field: 'model', in: ['normal', 'emergency'] },
      performedBy: ['reporter'],
    },
    {
      // A standard change is pre-approved: it is scheduled as submitted.
      action: 'submit',
      label: 'Submit',
      from: ['draft'],
      to: 'scheduled',
      when: { field: 'model', in: ['standard'] },
      performedBy: ['reporter'],
    },
    {
      action: 'accept',
      label: 'Accept',
      from: ['submitted'],
      to: 'accepted',
      optionalFields: ['comment'],
    },
    {
      action: 'return',
      label: 'Return to requester',
      from: ['submitted', 'accepted', 'assessed'],
      to: 'draft',
      requiredFields: ['reason'],
    },
    {
      action: 'reject',
      label: 'Reject',
      from: ['submitted', 'accepted', 'assessed'],
      to: 'rejected',
      requiredFields: ['reason'],
    },
    {
      action: 'assess',
      label: 'Record assessment',
      from: ['accepted'],
      to: 'assessed',
      requiredFields: ['assessment'],
      keeps: ['assessment'],
    },
    {
      action: 'request_approval',
      label: 'Request approval',
      from: ['assessed'],
      to: 'awaiting_approval',
    },
    {
      // An emergency does not wait for a written assessment.
      action: 'request_approval',
      label: 'Request approval',
      from: ['accepted'],
      to: 'awaiting_approval',
      when: { field: 'model', in: ['emergency'] },
    },
    {
      action: 'start',
      label: 'Start implementation',
      from: ['scheduled'],
      to: 'implementing',
      performedBy: ['worker', 'reporter'],
    },
    {
      action: 'complete',
      label: 'Complete, to review',
      from: ['implementing'],
      to: 'review',
      optionalFields: ['comment'],
      performedBy: ['worker', 'reporter'],
    },
    {
      // Only an emergency change must be reviewed before it closes.
      action: 'close',
      label: 'Close',
      from: ['implementing'],
      to: 'closed',
      when: { field: 'model', in: ['standard', 'normal'] },
      requiredFields: ['outcome'],
      optionalFields: ['lessons'],
      fieldChoices: { outcome: changeOutcomeLabels },
      keeps: ['outcome', 'lessons'],
      performedBy: ['worker', 'reporter'],
    },
    {
      action: 'close',
      label: 'Close with review',
      from: ['review'],
      to: 'closed',
      requiredFields: ['outcome', 'satisfaction', 'lessons'],
      fieldChoices: {
        outcome: changeOutcomeLabels,
        satisfaction: businessSatisfactionLabels,
      },
      keeps: ['outcome', 'satisfaction', 'lessons'],
    },
    {
      action: 'cancel',
      label: 'Cancel',
      from: beforeImplementation,
      to: 'cancelled',
      requiredFields: ['reason'],
      performedBy: ['worker', 'reporter'],
    },
  ],
};
