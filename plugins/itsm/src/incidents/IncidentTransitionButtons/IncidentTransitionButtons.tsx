import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import {
  Incident,
  IncidentState,
  WorkflowTransition,
  availableTransitions,
  incidentWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import { workflowRolesOf } from '../../lib/workflowRolesOf';

const useStyles = makeStyles(theme => ({
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    gap: theme.spacing(1),
  },
  button: {
    whiteSpace: 'nowrap',
  },
}));

/**
 * The workflow moves the caller can make on an incident now: the legal ones
 * by the workflow table, for the parts the caller plays as the server says
 * in `allowed` (`update`: works it; `respond`: reported it).
 */
export function incidentTransitions(
  incident: Incident,
): WorkflowTransition<IncidentState>[] {
  const state = incident.state as IncidentState;
  if (!incidentWorkflow.states.includes(state)) {
    return [];
  }
  const roles = workflowRolesOf(incident.allowed);
  return availableTransitions(incidentWorkflow, state, roles);
}

/** Props of {@link IncidentTransitionButtons}. */
export type IncidentTransitionButtonsProps = {
  incident: Incident;
  disabled?: boolean;
  onTransition: (transition: WorkflowTransition<IncidentState>) => void;
};

/** One button for each action that is legal for the incident now. */
export function IncidentTransitionButtons(
  props: IncidentTransitionButtonsProps,
) {
  const { incident, disabled, onTransition } = props;
  const classes = useStyles();
  const transitions = incidentTransitions(incident);
  if (transitions.length === 0) {
    return null;
  }
  return (
    <div className={classes.buttons}>
      {transitions.map(transition => (
        <Button
          key={transition.action}
          className={classes.button}
          size="small"
          variant="outlined"
          color="primary"
          disabled={disabled}
          onClick={() => onTransition(transition)}
        >
          {transition.label}
        </Button>
      ))}
    </div>
  );
}
