import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import {
  availableTransitions,
  Change,
  ChangeState,
  changeWorkflow,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { workflowRolesOf } from '../../lib/workflowRolesOf';
import { describeError } from '../../lib/describeError';
import { isConflictError } from '../../lib/isConflictError';
import { FormDialog } from '../FormDialog';
import { TransitionDialog } from '../TransitionDialog';

/**
 * The workflow moves the caller can make on a change now: the legal ones
 * by the change workflow table for its model, for the parts the caller
 * plays (`update`: works it; `respond`: requested it).
 */
export function changeTransitions(change: Change): WorkflowTransition[] {
  return availableTransitions(
    changeWorkflow,
    change.state as ChangeState,
    workflowRolesOf(change.allowed),
    {
      model: change.model,
    },
  );
}

/**
 * One button per move legal now; a move that needs fields (a reason, the
 * review) asks for them first. A move based on an outdated change (409)
 * reloads it and says so.
 */
export function ChangeActions(props: {
  change: Change;
  onChanged: (change: Change) => void;
  onReloadNeeded: () => void;
}) {
  const { change, onChanged, onReloadNeeded } = props;
  const itsmApi = useApi(itsmApiRef);
  const [pending, setPending] = useState<WorkflowTransition>();
  /** A submission refused for a freeze, waiting for the override's reason. */
  const [freeze, setFreeze] = useState<{
    transition: WorkflowTransition;
    message: string;
  }>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();

  const move = async (
    transition: WorkflowTransition,
    fields: Record<string, string>,
  ) => {
    setBusy(true);
    setNotice(undefined);
    try {
      onChanged(
        await itsmApi.transitionChange(change.id, {
          ...fields,
          action: transition.action,
          version: change.version,
        }),
      );
      setPending(undefined);
    } catch (error) {
      if (!isConflictError(error)) throw error;
      setPending(undefined);
      setNotice(`Someone else changed ${change.ref}; reloaded`);
      onReloadNeeded();
    } finally {
      setBusy(false);
    }
  };

  const start = (transition: WorkflowTransition) => {
    if (
      transition.requiredFields?.length ||
      transition.optionalFields?.length
    ) {
      setPending(transition);
      return;
    }
    move(transition, {}).catch(error => {
      const message = describeError(error);
      if (message.includes('freezeOverride:')) {
        setFreeze({ transition, message });
      } else {
        setNotice(`${transition.label} failed: ${message}`);
      }
    });
  };

  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {changeTransitions(change).map(transition => (
          <Button
            key={`${transition.action}:${transition.to}`}
            size="small"
            variant="outlined"
            color="primary"
            disabled={busy}
            onClick={() => start(transition)}
          >
            {transition.label}
          </Button>
        ))}
      </Box>
      {notice && (
        <Box mt={1}>
          <Alert severity="warning" onClose={() => setNotice(undefined)}>
            {notice}
          </Alert>
        </Box>
      )}
      {freeze && (
        <FormDialog
          title={`${freeze.transition.label} ${change.ref} in a freeze?`}
          description={freeze.message.replace(/^.*?freezeOverride: /, '')}
          submitLabel={`${freeze.transition.label} anyway`}
          fields={[
            {
              name: 'freezeOverride',
              label: 'Why it must happen then',
              kind: 'multiline',
              required: true,
              helperText: 'Recorded on the timeline as a freeze override',
            },
          ]}
          onClose={() => setFreeze(undefined)}
          onSubmit={async values => {
            await move(freeze.transition, {
              freezeOverride: values.freezeOverride,
            });
            setFreeze(undefined);
          }}
        />
      )}
      {pending && (
        <TransitionDialog
          key={pending.action}
          record={change}
          transition={pending}
          onClose={() => setPending(undefined)}
          onSubmit={fields => move(pending, fields)}
        />
      )}
    </>
  );
}
