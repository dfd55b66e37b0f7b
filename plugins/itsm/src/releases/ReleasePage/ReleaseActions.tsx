import { useApi } from '@backstage/core-plugin-api';
import {
  availableTransitions,
  Release,
  releaseMoveBlocker,
  ReleaseState,
  releaseWorkflow,
  VerificationCheck,
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
  /** A rollout refused for its governance, waiting for the override. */
  const ungoverned = useOverridableRefusal('rolloutOverride');
  const moves = useRecordMove({
    recordRef: release.ref,
    send: (transition, fields) =>
      itsmApi.transitionRelease(release.id, {
        ...fields,
        action: transition.action,
        version: release.version,
      }),
    onChanged,
    onFailed: ungoverned.onFailed,
  });
  const { pending } = moves;

  return (
    <>
      <MoveButtons
        transitions={availableTransitions(
          releaseWorkflow,
          release.state as ReleaseState,
          workflowRolesOf(release.allowed),
        )}
        busy={moves.busy}
        onStart={moves.start}
        blockerOf={transition =>
          releaseMoveBlocker(transition.action, {
            verification: release.verification as VerificationCheck[],
            preRelease: release.preRelease,
            phases: release.phases,
          })
        }
        secondary={['rollback']}
        notice={moves.notice}
        onDismissNotice={moves.dismissNotice}
      />
      {ungoverned.refused && (
        <OverrideDialog
          recordRef={release.ref}
          refused={ungoverned.refused}
          field="rolloutOverride"
          question="without its governance?"
          label="Why it must roll out now"
          helperText="Kept on the release and its timeline as a rollout override"
          onClose={ungoverned.clear}
          onSubmit={async (transition, fields) => {
            await moves.move(transition, fields);
            ungoverned.clear();
          }}
        />
      )}
      {pending && (
        <TransitionDialog
          record={release}
          transition={pending}
          onClose={moves.cancelPending}
          onSubmit={fields => moves.move(pending, fields)}
        />
      )}
    </>
  );
}
