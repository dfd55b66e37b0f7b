import { useIncidentTransitions } from '../../hooks/useIncidentTransitions';
import { TransitionDialog } from './TransitionDialog';

/**
 * The dialog of the move waiting for its fields, if any (see
 * useIncidentTransitions).
 */
export function PendingTransitionDialog(props: {
  transitions: ReturnType<typeof useIncidentTransitions>;
}) {
  const { pending, cancelPending, submitPending } = props.transitions;
  if (!pending) {
    return null;
  }
  return (
    <TransitionDialog
      key={`${pending.incident.id}:${pending.transition.action}`}
      record={pending.incident}
      transition={pending.transition}
      onClose={cancelPending}
      onSubmit={submitPending}
    />
  );
}
