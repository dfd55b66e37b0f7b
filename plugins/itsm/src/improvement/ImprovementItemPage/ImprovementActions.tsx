import { useApi } from '@backstage/core-plugin-api';
import {
  availableTransitions,
  ImprovementItem,
  improvementWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { MoveButtons } from '../../components/MoveButtons';
import { TransitionDialog } from '../../components/TransitionDialog';
import { useRecordMove } from '../../hooks/useRecordMove';
import { workflowRolesOf } from '../../lib/workflowRolesOf';

/**
 * The moves the caller can make on an improvement item now (start work,
 * resubmit for approval, evaluate, back to work, close as effective or
 * not); a move that needs fields (the reason to resubmit, the outcome and
 * what the evaluation found) asks for them first.
 * Approval is not a move: the approval card decides it.
 */
export function ImprovementActions(props: {
  item: ImprovementItem;
  onChanged: (item: ImprovementItem) => void;
  onReloadNeeded: () => void;
}) {
  const { item } = props;
  const itsmApi = useApi(itsmApiRef);
  const moves = useRecordMove({
    recordRef: item.ref,
    send: (transition, fields) =>
      itsmApi.transitionImprovementRecord('improvement', item.ref, {
        ...fields,
        action: transition.action,
        version: item.version,
      }),
    onChanged: props.onChanged,
    onReloadNeeded: props.onReloadNeeded,
  });
  const { pending } = moves;
  return (
    <>
      <MoveButtons
        transitions={availableTransitions(
          improvementWorkflow,
          item.state,
          workflowRolesOf(item.allowed),
        )}
        busy={moves.busy}
        onStart={moves.start}
        secondary={['resume', 'resubmit']}
        notice={moves.notice}
        onDismissNotice={moves.dismissNotice}
      />
      {pending && (
        <TransitionDialog
          key={pending.action}
          record={item}
          transition={pending}
          onClose={moves.cancelPending}
          onSubmit={fields => moves.move(pending, fields)}
        />
      )}
    </>
  );
}
