import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import Alert from '@material-ui/lab/Alert';
import { WorkflowTransition } from '@backstage-itsm/plugin-itsm-common';

/**
 * One button per workflow move legal now, and what became of the last
 * one. A move a rule still blocks is disabled, with the reason as its
 * tooltip; the moves that undo or give up (`secondary`) are marked so.
 */
export function MoveButtons(props: {
  transitions: WorkflowTransition[];
  busy: boolean;
  onStart: (transition: WorkflowTransition) => void;
  /** Why a move cannot be made now (the workflow's blocker rule), if so. */
  blockerOf?: (transition: WorkflowTransition) => string | undefined;
  secondary?: string[];
  notice?: string;
  onDismissNotice?: () => void;
}) {
  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {props.transitions.map(transition => {
          const key = `${transition.action}:${transition.to}`;
          const blocker = props.blockerOf?.(transition);
          const button = (
            <Button
              size="small"
              variant="outlined"
              color={
                props.secondary?.includes(transition.action)
                  ? 'secondary'
                  : 'primary'
              }
              disabled={props.busy || !!blocker}
              onClick={() => props.onStart(transition)}
            >
              {transition.label}
            </Button>
          );
          return blocker ? (
            <Tooltip key={key} title={blocker}>
              <span>{button}</span>
            </Tooltip>
          ) : (
            <span key={key}>{button}</span>
          );
        })}
      </Box>
      {props.notice && (
        <Box mt={1}>
          <Alert severity="warning" onClose={props.onDismissNotice}>
            {props.notice}
          </Alert>
        </Box>
      )}
    </>
  );
}
