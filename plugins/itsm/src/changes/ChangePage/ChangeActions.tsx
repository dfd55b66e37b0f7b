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
import { useRecordMove } from '../../hooks/useRecordMove';
import { MoveButtons } from '../../components/MoveButtons';
import {
  OverrideDialog,
  useOverridableRefusal,
} from '../../components/OverrideDialog';
import { TransitionDialog } from '../../components/TransitionDialog';

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
  /** A submission refused for a freeze, waiting for the override's reason. */
  const freeze = useOverridableRefusal('freezeOverride');
  const moves = useRecordMove({
    recordRef: change.ref,
    send: (transition, fields) =>
      itsmApi.transitionChange(change.id, {
        ...fields,
        action: transition.action,
        version: change.version,
      }),
    onChanged,
    onReloadNeeded,
    onFailed: freeze.onFailed,
  });
  const { pending } = moves;

  return (
    <>
      <MoveButtons
        transitions={changeTransitions(change)}
        busy={moves.busy}
        onStart={moves.start}
        notice={moves.notice}
        onDismissNotice={moves.dismissNotice}
      />
      {freeze.refused && (
        <OverrideDialog
          recordRef={change.ref}
          refused={freeze.refused}
          field="freezeOverride"
          question="in a freeze?"
          label="Why it must happen then"
          helperText="Recorded on the timeline as a freeze override"
          onClose={freeze.clear}
          onSubmit={async (transition, fields) => {
            await moves.move(transition, fields);
            freeze.clear();
          }}
        />
      )}
      {pending && (
        <TransitionDialog
          key={pending.action}
          record={change}
          transition={pending}
          onClose={moves.cancelPending}
          onSubmit={fields => moves.move(pending, fields)}
        />
      )}
    </>
  );
}
