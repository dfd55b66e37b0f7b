import { WorkflowDefinition } from '../workflow/types';

/**
 * Continuity plan states (§9.2): a draft, in review by its owners and the
 * continuity managers (the approval engine), approved, active (in force:
 * invoked from major incidents and drilled), under revision after a drill
 * or a review found it wanting, and retired. Every approved version is
 * kept read-only.
 *
 * @public
 */
export type ContinuityPlanState =
  | 'draft'
  | 'in_review'
  | 'approved'
  | 'active'
  | 'under_revision'
  | 'retired';

/**
 * The continuity plan workflow table. The approval engine moves a plan in
 * review to approved when every approver agrees, and back to draft on a
 * rejection.
 *
 * @public
 */
export const continuityPlanWorkflow: WorkflowDefinition<ContinuityPlanState> = {
  initialState: 'draft',
  states: [
    'draft',
    'in_review',
    'approved',
    'active',
    'under_revision',
    'retired',
  ],
  openStates: ['draft', 'in_review', 'under_revision'],
  terminalStates: ['retired'],
  editableStates: ['draft', 'under_revision'],
  approval: { awaiting: 'in_review', approved: 'approved', rejected: 'draft' },
  stateLabels: {
    draft: 'Draft',
    in_review: 'In review',
    approved: 'Approved',
    active: 'Active',
    under_revision: 'Under revision',
    retired: 'Retired',
  },
  transitions: [
    {
      action: 'submit',
      label: 'Submit for approval',
      from: ['draft', 'under_revision'],
      to: 'in_review',
    },
    {
      action: 'activate',
      label: 'Put in force',
      from: ['approved'],
      to: 'active',
    },
    {
      action: 'revise',
      label: 'Revise',
      from: ['approved', 'active'],
      to: 'under_revision',
      requiredFields: ['reason'],
    },
    {
      action: 'retire',
      label: 'Retire',
      from: ['draft', 'in_review', 'approved', 'active', 'under_revision'],
      to: 'retired',
      requiredFields: ['reason'],
    },
  ],
};
