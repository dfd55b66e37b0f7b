import { incidentCategoryLabels } from '../incident/incidentFields';
import { WorkflowDefinition } from './types';

/**
 * Incident states (§3.2): reported, accepted (classified, graded and given
 * to someone, §3.2.2), worked (§3.2.3), possibly waiting, resolved with the
 * fix verified (§3.2.4), and closed when the reporter confirms; or
 * cancelled.
 *
 * @public
 */
export type IncidentState =
  | 'new'
  | 'accepted'
  | 'in_progress'
  | 'on_hold'
  | 'resolved'
  | 'closed'
  | 'cancelled';

/**
 * Why an incident waits (it is on hold).
 *
 * @public
 */
export const holdReasonLabels = {
  caller: 'Waiting for the caller',
  vendor: 'Waiting for a vendor',
  change: 'Waiting for a change',
} as const;

/** @public */
export type HoldReason = keyof typeof holdReasonLabels;

/**
 * How satisfied the reporter is with the resolution (§2.3.5), asked when
 * they confirm it.
 *
 * @public
 */
export const satisfactionLabels = {
  '1': '1 - Very dissatisfied',
  '2': '2 - Dissatisfied',
  '3': '3 - Neutral',
  '4': '4 - Satisfied',
  '5': '5 - Very satisfied',
} as const;

/**
 * The incident workflow table, enforced by the backend and read by the
 * frontend.
 *
 * @public
 */
export const incidentWorkflow: WorkflowDefinition<IncidentState> = {
  initialState: 'new',
  states: [
    'new',
    'accepted',
    'in_progress',
    'on_hold',
    'resolved',
    'closed',
    'cancelled',
  ],
  openStates: ['new', 'accepted', 'in_progress', 'on_hold'],
  terminalStates: ['closed', 'cancelled'],
  stateLabels: {
    new: 'New',
    accepted: 'Accepted',
    in_progress: 'In progress',
    on_hold: 'On hold',
    resolved: 'Resolved',
    closed: 'Closed',
    cancelled: 'Cancelled',
  },
  transitions: [
    {
      action: 'accept',
      label: 'Accept',
      from: ['new'],
      to: 'accepted',
      requiredFields: ['assignee'],
      optionalFields: ['category'],
      fieldChoices: { category: incidentCategoryLabels },
    },
    {
      action: 'start',
      label: 'Start work',
      from: ['new', 'accepted'],
      to: 'in_progress',
    },
    {
      action: 'hold',
      label: 'Put on hold',
      from: ['accepted', 'in_progress'],
      to: 'on_hold',
      requiredFields: ['holdReason'],
      fieldChoices: { holdReason: holdReasonLabels },
    },
    {
      action: 'resume',
      label: 'Resume',
      from: ['on_hold'],
      to: 'in_progress',
    },
    {
      action: 'resolve',
      label: 'Resolve',
      from: ['new', 'accepted', 'in_progress'],
      to: 'resolved',
      requiredFields: ['resolution', 'cause', 'verification'],
    },
    {
      action: 'reopen',
      label: 'Reopen',
      from: ['resolved'],
      to: 'in_progress',
      requiredFields: ['reason'],
      performedBy: ['worker', 'reporter'],
    },
    {
      // The reporter confirms the fix; unconfirmed resolutions are closed by
      // the auto-close task after `itsm.incidents.autoCloseAfter`.
      action: 'close',
      label: 'Confirm resolution',
      from: ['resolved'],
      to: 'closed',
      optionalFields: ['rating', 'feedback'],
      fieldChoices: { rating: satisfactionLabels },
      performedBy: ['reporter'],
      preconditions: [
        {
          ifField: 'major',
          requireField: 'review',
          reason:
            'A major incident cannot close before its post-incident review (summary, impact, timeline, root cause, follow-up actions)',
        },
      ],
    },
    {
      action: 'cancel',
      label: 'Cancel',
      from: ['new', 'accepted', 'in_progress', 'on_hold'],
      to: 'cancelled',
      requiredFields: ['reason'],
    },
  ],
};

/**
 * The move that takes an incident on from each state, for a list that
 * offers one button a row (a queue): the other legal moves sit in the
 * row's menu. A state without one (closed, cancelled) offers none.
 *
 * @public
 */
export const incidentNextMoves: Partial<Record<IncidentState, string>> = {
  new: 'accept',
  accepted: 'start',
  in_progress: 'resolve',
  on_hold: 'resume',
  resolved: 'close',
};
