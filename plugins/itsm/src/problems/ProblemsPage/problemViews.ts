import { problemWorkflow } from '@backstage-itsm/plugin-itsm-common';

/** The lists the problems page offers, by the workflow's states. */
export const problemViews = {
  open: { label: 'Open', states: [...problemWorkflow.openStates] },
  new: { label: 'New and suggested', states: ['new'] },
  investigating: { label: 'Under investigation', states: ['investigating'] },
  awaiting_approval: {
    label: 'Solution awaiting approval',
    states: ['awaiting_approval'],
  },
  fix_in_progress: { label: 'Fix in progress', states: ['fix_in_progress'] },
  resolved: { label: 'Resolved, to verify', states: ['resolved'] },
  finished: {
    label: 'Closed or cancelled',
    states: [...problemWorkflow.terminalStates],
  },
  all: { label: 'All problems', states: [...problemWorkflow.states] },
} as const;

/** One of the problems page's lists. */
export type ProblemView = keyof typeof problemViews;

/** Whether `value` names one of the problems page's lists. */
export function isProblemView(value: unknown): value is ProblemView {
  return typeof value === 'string' && Object.hasOwn(problemViews, value);
}
