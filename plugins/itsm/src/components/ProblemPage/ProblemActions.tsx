import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import {
  availableTransitions,
  checkRootCause,
  Problem,
  problemMoveBlocker,
  ProblemState,
  problemWorkflow,
  ProblemTransitionRequest,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { workflowRolesOf } from '../../lib/workflowRolesOf';
import { describeError } from '../../lib/describeError';
import { isConflictError } from '../../lib/isConflictError';
import { TransitionDialog } from '../TransitionDialog';
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
  const [pending, setPending] = useState<WorkflowTransition>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();

  const move = async (
    transition: WorkflowTransition,
    fields: Omit<ProblemTransitionRequest, 'action' | 'version'>,
  ) => {
    setBusy(true);
    setNotice(undefined);
    try {
      onChanged(
        await itsmApi.transitionProblem(problem.ref, {
          ...fields,
          action: transition.action,
          version: problem.version,
        }),
      );
      setPending(undefined);
    } catch (error) {
      if (!isConflictError(error)) throw error;
      setPending(undefined);
      setNotice(`Someone else changed ${problem.ref}; reloaded`);
      onReloadNeeded();
    } finally {
      setBusy(false);
    }
  };

  const start = (transition: WorkflowTransition) => {
    if (
      transition.action === 'propose_solution' ||
      transition.requiredFields?.length ||
      transition.optionalFields?.length
    ) {
      setPending(transition);
      return;
    }
    move(transition, {}).catch(error =>
      setNotice(`${transition.label} failed: ${describeError(error)}`),
    );
  };

  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {problemTransitions(problem).map(transition => {
          const blocker = blockerOf(problem, transition.action);
          const button = (
            <Button
              size="small"
              variant="outlined"
              color={transition.action === 'cancel' ? 'secondary' : 'primary'}
              disabled={busy || !!blocker}
              onClick={() => start(transition)}
            >
              {transition.label}
            </Button>
          );
          return blocker ? (
            <Tooltip key={transition.action} title={blocker}>
              <span>{button}</span>
            </Tooltip>
          ) : (
            <span key={transition.action}>{button}</span>
          );
        })}
      </Box>
      {notice && (
        <Box mt={1}>
          <Alert severity="warning" onClose={() => setNotice(undefined)}>
            {notice}
          </Alert>
        </Box>
      )}
      {pending?.action === 'propose_solution' && (
        <ProposeSolutionDialog
          problem={problem}
          onClose={() => setPending(undefined)}
          onSubmit={solution => move(pending, { solution })}
        />
      )}
      {pending && pending.action !== 'propose_solution' && (
        <TransitionDialog
          key={pending.action}
          record={problem}
          transition={pending}
          onClose={() => setPending(undefined)}
          onSubmit={fields => move(pending, fields)}
        />
      )}
    </>
  );
}
