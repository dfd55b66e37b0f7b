import { WorkflowDefinition } from '../workflow/types';
import { checkRootCause } from './problemFields';

/**
 * Problem states (chapter 4): identified and classified (§4.1), under
 * investigation (§4.2), a solution awaiting approval (§4.3.2), its fix in
 * progress through a change (§4.3.3), resolved, and closed after
 * verification; or cancelled.
 *
 * @public
 */
export type ProblemState =
  | 'new'
  | 'investigating'
  | 'awaiting_approval'
  | 'fix_in_progress'
  | 'resolved'
  | 'closed'
  | 'cancelled';

/**
 * The problem workflow table, enforced by the backend and read by the
 * frontend. The approval engine moves an awaiting problem to its fix when
 * its approvers agree, and back to investigation on a rejection (a new
 * revision of the solution).
 *
 * @public
 */
export const problemWorkflow: WorkflowDefinition<ProblemState> = {
  initialState: 'new',
  states: [
    'new',
    'investigating',
    'awaiting_approval',
    'fix_in_progress',
    'resolved',
    'closed',
    'cancelled',
  ],
  openStates: ['new', 'investigating', 'awaiting_approval', 'fix_in_progress'],
  terminalStates: ['closed', 'cancelled'],
  approval: {
    awaiting: 'awaiting_approval',
    approved: 'fix_in_progress',
    rejected: 'investigating',
  },
  stateLabels: {
    new: 'New',
    investigating: 'Investigating',
    awaiting_approval: 'Solution awaiting approval',
    fix_in_progress: 'Fix in progress',
    resolved: 'Resolved',
    closed: 'Closed',
    cancelled: 'Cancelled',
  },
  transitions: [
    {
      action: 'investigate',
      label: 'Start investigation',
      from: ['new'],
      to: 'investigating',
    },
    {
      action: 'propose_solution',
      label: 'Propose solution',
      from: ['investigating'],
      to: 'awaiting_approval',
    },
    {
      action: 'resolve',
      label: 'Resolve',
      from: ['fix_in_progress'],
      to: 'resolved',
      requiredFields: ['resolution'],
      keeps: ['resolution'],
    },
    {
      action: 'reopen',
      label: 'Reopen',
      from: ['resolved'],
      to: 'investigating',
      requiredFields: ['reason'],
    },
    {
      action: 'close',
      label: 'Close after verification',
      from: ['resolved'],
      to: 'closed',
      requiredFields: ['verification'],
      keeps: ['verification'],
    },
    {
      action: 'cancel',
      label: 'Cancel',
      from: ['new', 'investigating', 'awaiting_approval', 'fix_in_progress'],
      to: 'cancelled',
      requiredFields: ['reason'],
    },
  ],
};

/**
 * What keeps a problem from its next move, in words; undefined when
 * nothing does (§4.2, §4.3.1): a solution is proposed only with a root
 * cause and a solution plan. Shared by the backend, which refuses the
 * move, and the frontend, which says why a button is disabled.
 *
 * @public
 */
export function problemMoveBlocker(
  action: string,
  fields: { rootCause?: unknown; solutionPlan?: unknown },
): string | undefined {
  if (action === 'propose_solution') {
    const missing = checkRootCause(fields.rootCause);
    if (missing) return `A solution needs the root cause first: ${missing}`;
    const plan = fields.solutionPlan as
      | { description?: unknown; estimatedHours?: unknown }
      | undefined;
    if (
      !plan ||
      typeof plan.description !== 'string' ||
      !plan.description.trim()
    ) {
      return 'A solution needs its plan: what will be done, how long it takes and what it achieves';
    }
  }
  return undefined;
}

/**
 * The states in which a known error's workaround still applies: all but
 * closed and cancelled.
 *
 * @public
 */
export const knownErrorStates: readonly ProblemState[] =
  problemWorkflow.states.filter(
    state => !problemWorkflow.terminalStates.includes(state),
  );

/**
 * Whether a problem is a known error now: it has a root cause and a
 * workaround (`knownError`, kept by its analysis) and is neither closed nor
 * cancelled.
 *
 * @public
 */
export function isKnownErrorNow(problem: {
  state: string;
  fields: Record<string, unknown>;
}): boolean {
  return (
    problem.fields.knownError === true &&
    (knownErrorStates as readonly string[]).includes(problem.state)
  );
}
