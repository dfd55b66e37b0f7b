import { useState } from 'react';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Menu from '@material-ui/core/Menu';
import MenuItem from '@material-ui/core/MenuItem';
import { makeStyles } from '@material-ui/core/styles';
import MoreVertIcon from '@material-ui/icons/MoreVert';
import {
  Incident,
  IncidentState,
  WorkflowTransition,
  incidentNextMoves,
} from '@backstage-itsm/plugin-itsm-common';
import { incidentTransitions } from '../IncidentTransitionButtons';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'flex-end',
    whiteSpace: 'nowrap',
  },
  next: {
    whiteSpace: 'nowrap',
    padding: theme.spacing(0, 1),
    minWidth: 0,
    lineHeight: 1.5,
  },
  more: {
    padding: theme.spacing(0.25),
  },
}));

/** Props of {@link IncidentMoveMenu}. */
export type IncidentMoveMenuProps = {
  incident: Incident;
  disabled?: boolean;
  onTransition: (transition: WorkflowTransition<IncidentState>) => void;
};

/**
 * The moves the caller can make on an incident now, in one line: the move
 * that takes it on from its state (`incidentNextMoves`) as a small button,
 * the other legal moves in a "More moves" menu.
 */
export function IncidentMoveMenu(props: IncidentMoveMenuProps) {
  const { incident, disabled, onTransition } = props;
  const classes = useStyles();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const transitions = incidentTransitions(incident);
  const nextAction = incidentNextMoves[incident.state as IncidentState];
  const next = transitions.find(t => t.action === nextAction);
  const others = transitions.filter(t => t !== next);
  if (transitions.length === 0) return null;
  const menuId = `itsm-moves-${incident.id}`;
  return (
    <div className={classes.root}>
      {next && (
        <Button
          className={classes.next}
          size="small"
          variant="outlined"
          color="primary"
          disabled={disabled}
          onClick={() => onTransition(next)}
        >
          {next.label}
        </Button>
      )}
      {others.length > 0 && (
        <>
          <IconButton
            className={classes.more}
            size="small"
            aria-label={`More moves for ${incident.ref}`}
            title="More moves"
            aria-haspopup="true"
            aria-controls={anchor ? menuId : undefined}
            disabled={disabled}
            onClick={e => setAnchor(e.currentTarget)}
          >
            <MoreVertIcon fontSize="small" />
          </IconButton>
          <Menu
            id={menuId}
            anchorEl={anchor}
            keepMounted={false}
            open={!!anchor}
            onClose={() => setAnchor(null)}
          >
            {others.map(transition => (
              <MenuItem
                key={transition.action}
                dense
                onClick={() => {
                  setAnchor(null);
                  onTransition(transition);
                }}
              >
                {transition.label}
              </MenuItem>
            ))}
          </Menu>
        </>
      )}
    </div>
  );
}
