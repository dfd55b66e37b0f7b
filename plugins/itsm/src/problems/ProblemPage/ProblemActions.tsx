import { useApi } from '@backstage/core-plugin-api';
import {
  availableTransitions,
  checkRootCause,
  Problem,
  problemMoveBlocker,
  ProblemState,
  problemWorkflow,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { workflowRolesOf } from '../../lib/workflowRolesOf';
import { useRecordMove } from '../../hooks/useRecordMove';
import { MoveButtons } from '../../components/MoveButtons';
import { TransitionDialog } from '../../components/TransitionDialog';
import { ProposeSolutionDialog } from './ProposeSolutionDialog';

/**
 * The workflow moves the caller can make on a problem now: the legal ones
 * by the problem workflow table, for the parts the caller plays (`update`:
 * works it; `respond`: reported it).
 */
export function problemTransitions(problem: Problem): WorkflowTransition[] {
  return availableTransitions(
    problemWorkflow,
    problem.state as ProblemState,
    workflowRolesOf(problem.allowed),
  );
}

/**
 * What keeps a move from being made now, in words (`problemMoveBlocker`,
 * as the backend says). The solution plan of `propose_solution` comes from
 * its dialog, so only the root cause must be there first.
 */
function blockerOf(problem: Problem, action: string): string | undefined {
  if (action !== 'propose_solution') return problemMoveBlocker(action, problem);
  return checkRootCause(problem.rootCause)
    ? 'A solution needs the root cause first: record it with "Edit analysis"'
    : undefined;
}

/**
 * One button per move legal now; a move a rule still blocks is disabled,
 * with the reason. Proposing a solution asks for its plan, other moves for
 * the fields the workflow table requires (a resolution, a verification, a
 * reason). A move based on an outdated problem (409) reloads it and says so.
 */
export function ProblemActions(props: {
  problem: Problem;
  onChanged: (problem: Problem) => void;
  onReloadNeeded: () => void;
}) {
  const { problem, onChanged, onReloadNeeded } = props;
  const itsmApi = useApi(itsmApiRef);
  const moves = useRecordMove({
    recordRef: problem.ref,
    send: (transition, fields) =>
      itsmApi.transitionProblem(problem.ref, {
        ...fields,
        action: transition.action,
        version: problem.version,
      }),
    onChanged,
    onReloadNeeded,
    asksFirst: transition => transition.action === 'propose_solution',
  });
  const { pending } = moves;

  return (
    <>
      <MoveButtons
        transitions={problemTransitions(problem)}
        busy={moves.busy}
        onStart={moves.start}
        blockerOf={transition => blockerOf(problem, transition.action)}
        secondary={['cancel']}
        notice={moves.notice}
        onDismissNotice={moves.dismissNotice}
      />
      {pending?.action === 'propose_solution' && (
        <ProposeSolutionDialog
          problem={problem}
          onClose={moves.cancelPending}
          onSubmit={solution => moves.move(pending, { solution })}
        />
      )}
      {pending && pending.action !== 'propose_solution' && (
        <TransitionDialog
          key={pending.action}
          record={problem}
          transition={pending}
          onClose={moves.cancelPending}
          onSubmit={fields => moves.move(pending, fields)}
        />
      )}
    </>
  );
}
