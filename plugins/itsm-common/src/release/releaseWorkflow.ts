import { WorkflowDefinition } from '../workflow/types';
import { releaseOutcomeLabels } from './releaseFields';

/**
 * Release states (chapter 7): planned (§7.1), approved through the same
 * approval engine as changes, its package verified and signed off by an
 * audit (§7.2; from then on it is immutable), rolled out phase by phase,
 * confirmed by the business and recorded (§7.3); or rolled back, restoring
 * the previous released version; or cancelled.
 *
 * @public
 */
export type ReleaseState =
  | 'planned'
  | 'awaiting_approval'
  | 'approved'
  | 'ready'
  | 'rolling_out'
  | 'confirming'
  | 'released'
  | 'rolled_back'
  | 'cancelled';

/**
 * The release workflow table, enforced by the backend and read by the
 * frontend. As for changes, approval decisions are not moves: the approval
 * engine moves an awaiting release to approved when every group agrees,
 * and back to planned on a rejection. Moves whose conditions lie in the
 * release's data (every verification check passed for `sign_off`, the
 * pre-release checklist for `start_rollout`, every phase done for
 * `complete_rollout`) are checked by the backend's release planner.
 *
 * @public
 */
export const releaseWorkflow: WorkflowDefinition<ReleaseState> = {
  initialState: 'planned',
  states: [
    'planned',
    'awaiting_approval',
    'approved',
    'ready',
    'rolling_out',
    'confirming',
    'released',
    'rolled_back',
    'cancelled',
  ],
  openStates: [
    'planned',
    'awaiting_approval',
    'approved',
    'ready',
    'rolling_out',
    'confirming',
  ],
  terminalStates: ['released', 'rolled_back', 'cancelled'],
  // After its audit (§7.2.4) a release's identity is fixed: only comments.
  editableStates: ['planned', 'awaiting_approval', 'approved'],
  approval: {
    awaiting: 'awaiting_approval',
    approved: 'approved',
    rejected: 'planned',
  },
  stateLabels: {
    planned: 'Planned',
    awaiting_approval: 'Awaiting approval',
    approved: 'Approved',
    ready: 'Ready (package audited)',
    rolling_out: 'Rolling out',
    confirming: 'Awaiting confirmation',
    released: 'Released',
    rolled_back: 'Rolled back',
    cancelled: 'Cancelled',
  },
  transitions: [
    {
      action: 'request_approval',
      label: 'Request approval',
      from: ['planned'],
      to: 'awaiting_approval',
      performedBy: ['worker', 'reporter'],
    },
    {
      action: 'sign_off',
      label: 'Sign off the package',
      from: ['approved'],
      to: 'ready',
      optionalFields: ['comment'],
    },
    {
      action: 'start_rollout',
      label: 'Start rollout',
      from: ['ready'],
      to: 'rolling_out',
      performedBy: ['worker', 'reporter'],
    },
    {
      action: 'complete_rollout',
      label: 'Complete rollout',
      from: ['rolling_out'],
      to: 'confirming',
      optionalFields: ['comment'],
      performedBy: ['worker', 'reporter'],
    },
    {
      action: 'confirm',
      label: 'Confirm the result',
      from: ['confirming'],
      to: 'released',
      requiredFields: ['outcome', 'confirmation'],
      fieldChoices: { outcome: releaseOutcomeLabels },
      keeps: ['outcome', 'confirmation'],
      performedBy: ['worker', 'reporter'],
    },
    {
      action: 'rollback',
      label: 'Roll back',
      from: ['rolling_out', 'confirming', 'released'],
      to: 'rolled_back',
      requiredFields: ['reason'],
      keeps: ['reason'],
      performedBy: ['worker', 'reporter'],
    },
    {
      action: 'cancel',
      label: 'Cancel',
      from: ['planned', 'awaiting_approval', 'approved', 'ready'],
      to: 'cancelled',
      requiredFields: ['reason'],
      performedBy: ['worker', 'reporter'],
    },
  ],
};

/**
 * The states in which a release may take on its change request (§7.1):
 * until its rollout starts, since the change is what authorises the
 * rollout.
 *
 * @public
 */
export const changeRequestStates: readonly ReleaseState[] = [
  'planned',
  'awaiting_approval',
  'approved',
  'ready',
];
