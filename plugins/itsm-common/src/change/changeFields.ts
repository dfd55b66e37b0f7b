import { satisfactionLabels } from '../workflow/incidentWorkflow';

/**
 * The standard's change types (§5.1), recorded on every change.
 *
 * @public
 */
export const changeTypeLabels = {
  system: 'System (software, hardware, network)',
  business: 'Business (needs or processes)',
  management: 'Management (organisation, responsibilities)',
  emergency: 'Emergency (failure or vulnerability)',
} as const;

/** @public */
export type ChangeType = keyof typeof changeTypeLabels;

/**
 * How a change is approved: a standard change follows a pre-approved
 * template and needs no approval; a normal one goes through acceptance,
 * assessment and approval; an emergency one is approved by one emergency
 * CAB member and must be reviewed after implementation.
 *
 * @public
 */
export const changeModelLabels = {
  standard: 'Standard (pre-approved)',
  normal: 'Normal',
  emergency: 'Emergency',
} as const;

/** @public */
export type ChangeModel = keyof typeof changeModelLabels;

/**
 * How the post-implementation review (§5.3.4) judges the change.
 *
 * @public
 */
export const changeOutcomeLabels = {
  successful: 'Successful',
  successful_with_issues: 'Successful with issues',
  failed: 'Failed',
  backed_out: 'Backed out',
} as const;

/** @public */
export type ChangeOutcome = keyof typeof changeOutcomeLabels;

/**
 * How satisfied the business is with the change (§5.3.4): the same scale
 * as a reporter's satisfaction with an incident's resolution.
 *
 * @public
 */
export const businessSatisfactionLabels = satisfactionLabels;

/**
 * One step of a change's implementation plan (§5.3.1), ticked off while
 * the change is implemented (§5.3.2).
 *
 * @public
 */
export type ChangePlanStep = {
  title: string;
  /** Entity ref of the user or group who carries the step out. */
  owner?: string;
  done?: boolean;
  doneAt?: string;
  doneBy?: string;
};

/**
 * When the change is to be carried out (ISO 8601 instants, end after start).
 *
 * @public
 */
export type ChangeWindow = { start: string; end: string };
