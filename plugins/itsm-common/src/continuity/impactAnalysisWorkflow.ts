import { WorkflowDefinition } from '../workflow/types';

/**
 * Business impact analysis states (§9.1.3(1)-(3)): a draft being filled
 * in, in review by the entity's owner (the approval engine), approved
 * (its recovery objectives are what plans and checks read) until a yearly
 * review sends it back to draft, or retired with its service.
 *
 * @public
 */
export type ImpactAnalysisState =
  | 'draft'
  | 'in_review'
  | 'approved'
  | 'retired';

/**
 * The business impact analysis workflow table. The approval engine moves
 * an analysis in review to approved when its approvers agree, and back to
 * draft on a rejection.
 *
 * @public
 */
export const impactAnalysisWorkflow: WorkflowDefinition<ImpactAnalysisState> = {
  initialState: 'draft',
  states: ['draft', 'in_review', 'approved', 'retired'],
  openStates: ['draft', 'in_review'],
  terminalStates: ['retired'],
  editableStates: ['draft'],
  approval: { awaiting: 'in_review', approved: 'approved', rejected: 'draft' },
  stateLabels: {
    draft: 'Draft',
    in_review: 'In review',
    approved: 'Approved',
    retired: 'Retired',
  },
  transitions: [
    {
      action: 'submit',
      label: 'Submit for approval',
      from: ['draft'],
      to: 'in_review',
    },
    {
      action: 'revise',
      label: 'Revise',
      from: ['approved', 'in_review'],
      to: 'draft',
      requiredFields: ['reason'],
    },
    {
      action: 'retire',
      label: 'Retire',
      from: ['draft', 'in_review', 'approved'],
      to: 'retired',
      requiredFields: ['reason'],
    },
  ],
};
