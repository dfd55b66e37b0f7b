import {
  ProblemState,
  problemWorkflow,
} from '@backstage-itsm/plugin-itsm-common';

/** A problem state in words, e.g. "Solution awaiting approval". */
export function problemStateLabel(state: string): string {
  return problemWorkflow.stateLabels[state as ProblemState] ?? state;
}
