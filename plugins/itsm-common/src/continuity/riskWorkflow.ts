import { WorkflowDefinition } from '../workflow/types';

/**
 * Risk states (§9.1): identified, assessed (likelihood and impact rated,
 * §9.1.3(2)), in treatment (a reduction, transfer or avoidance under way),
 * treated or accepted (the residual risk is watched until its review), and
 * closed when it no longer applies.
 *
 * @public
 */
export type RiskState =
  | 'identified'
  | 'assessed'
  | 'in_treatment'
  | 'treated'
  | 'accepted'
  | 'closed';

/**
 * The risk workflow table, enforced by the backend and read by the
 * frontend. A review sends a treated or accepted risk back to assessment.
 *
 * @public
 */
export const riskWorkflow: WorkflowDefinition<RiskState> = {
  initialState: 'identified',
  states: [
    'identified',
    'assessed',
    'in_treatment',
    'treated',
    'accepted',
    'closed',
  ],
  openStates: ['identified', 'assessed', 'in_treatment'],
  terminalStates: ['closed'],
  stateLabels: {
    identified: 'Identified',
    assessed: 'Assessed',
    in_treatment: 'In treatment',
    treated: 'Treated',
    accepted: 'Accepted',
    closed: 'Closed',
  },
  transitions: [
    {
      action: 'assess',
      label: 'Mark assessed',
      from: ['identified'],
      to: 'assessed',
    },
    {
      action: 'start_treatment',
      label: 'Start treatment',
      from: ['assessed'],
      to: 'in_treatment',
    },
    {
      action: 'complete_treatment',
      label: 'Treatment done',
      from: ['in_treatment'],
      to: 'treated',
      requiredFields: ['comment'],
    },
    {
      action: 'accept',
      label: 'Accept the risk',
      from: ['assessed'],
      to: 'accepted',
      requiredFields: ['reason'],
    },
    {
      action: 'review',
      label: 'Review again',
      from: ['treated', 'accepted'],
      to: 'assessed',
    },
    {
      action: 'close',
      label: 'Close',
      from: ['identified', 'assessed', 'in_treatment', 'treated', 'accepted'],
      to: 'closed',
      requiredFields: ['reason'],
    },
  ],
};
