import Alert from '@material-ui/lab/Alert';
import { useIncidentTransitions } from '../../hooks/useIncidentTransitions';

/** What became of the last move (someone else was first, or it failed). */
export function TransitionNoticeAlert(props: {
  transitions: ReturnType<typeof useIncidentTransitions>;
}) {
  const { notice, dismissNotice } = props.transitions;
  if (!notice) {
    return null;
  }
  return (
    <Alert severity={notice.severity} onClose={dismissNotice}>
      {notice.message}
    </Alert>
  );
}
