import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import {
  availableTransitions,
  Release,
  releaseMoveBlocker,
  ReleaseState,
  releaseWorkflow,
  VerificationCheck,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { workflowRolesOf } from '../../lib/workflowRolesOf';
import { describeError } from '../../lib/describeError';
import { TransitionDialog } from '../TransitionDialog';

/**
 * The moves the caller can make on a release now (the release workflow
 * table, for the parts they play); a move its checks still block is shown
 * disabled, with the reason (`releaseMoveBlocker`, as the backend says).
 */
export function ReleaseActions(props: {
  release: Release;
  onChanged: (release: Release) => void;
}) {
  const { release, onChanged } = props;
  const itsmApi = useApi(itsmApiRef);
  const [pending, setPending] = useState<WorkflowTransition>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const transitions = availableTransitions(
    releaseWorkflow,
    release.state as ReleaseState,
    workflowRolesOf(release.allowed),
  );

  const move = async (
    transition: WorkflowTransition,
    fields: Record<string, string>,
  ) => {
    onChanged(
      await itsmApi.transitionRelease(release.id, {
        ...fields,
        action: transition.action,
        version: release.version,
      }),
    );
    setPending(undefined);
  };

  const start = (transition: WorkflowTransition) => {
    if (
      transition.requiredFields?.length ||
      transition.optionalFields?.length
    ) {
      setPending(transition);
      return;
    }
    setBusy(true);
    setNotice(undefined);
    move(transition, {})
      .catch(e => setNotice(`${transition.label} failed: ${describeError(e)}`))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {transitions.map(transition => {
          const blocker = releaseMoveBlocker(transition.action, {
            verification: release.verification as VerificationCheck[],
            preRelease: release.preRelease,
            phases: release.phases,
          });
          const button = (
            <Button
              size="small"
              variant="outlined"
              color={transition.action === 'rollback' ? 'secondary' : 'primary'}
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
      {pending && (
        <TransitionDialog
          record={release}
          transition={pending}
          onClose={() => setPending(undefined)}
          onSubmit={fields => move(pending, fields)}
        />
      )}
    </>
  );
}
