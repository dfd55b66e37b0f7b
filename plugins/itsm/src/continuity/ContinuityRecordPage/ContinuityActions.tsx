import { useApi } from '@backstage/core-plugin-api';
import {
  availableTransitions,
  ContinuityRecordOf,
  ContinuityRecordType,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { MoveButtons } from '../../components/MoveButtons';
import { TransitionDialog } from '../../components/TransitionDialog';
import { useRecordMove } from '../../hooks/useRecordMove';
import { workflowRolesOf } from '../../lib/workflowRolesOf';

/**
 * The workflow moves the caller can make on a continuity record now, by
 * its type's workflow table; a move that needs fields (a reason, an
 * exercise's result) asks for them first.
 */
export function ContinuityActions<T extends ContinuityRecordType>(props: {
  type: T;
  record: ContinuityRecordOf[T];
  onChanged: (record: ContinuityRecordOf[T]) => void;
  onReloadNeeded: () => void;
}) {
  const { type, record } = props;
  const itsmApi = useApi(itsmApiRef);
  const moves = useRecordMove({
    recordRef: record.ref,
    send: (transition, fields) =>
      itsmApi.transitionContinuityRecord(type, record.ref, {
        ...fields,
        action: transition.action,
        version: record.version,
      }),
    onChanged: props.onChanged,
    onReloadNeeded: props.onReloadNeeded,
  });
  const workflow = workflows[type]!;
  const { pending } = moves;
  return (
    <>
      <MoveButtons
        transitions={availableTransitions(
          workflow,
          record.state,
          workflowRolesOf(record.allowed),
        )}
        busy={moves.busy}
        onStart={moves.start}
        secondary={['retire', 'close', 'cancel']}
        notice={moves.notice}
        onDismissNotice={moves.dismissNotice}
      />
      {pending && (
        <TransitionDialog
          key={pending.action}
          record={record}
          transition={pending}
          onClose={moves.cancelPending}
          onSubmit={fields => moves.move(pending, fields)}
        />
      )}
    </>
  );
}
