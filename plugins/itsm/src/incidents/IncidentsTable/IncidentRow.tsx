import { KeyboardEvent, ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Checkbox from '@material-ui/core/Checkbox';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  Incident,
  IncidentState,
  Priority,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { IncidentMoveMenu } from '../IncidentMoveMenu';
import { PriorityChip } from '../../components/PriorityChip';
import { RelativeTime } from '../../components/RelativeTime';
import { IncidentSlaText } from './IncidentSlaText';
import { incidentStateLabel } from './incidentStateLabel';
import { useIncidentsTableStyles } from './useIncidentsTableStyles';

/** Which time a row shows: when it was reported, or last changed. */
export type IncidentTimeColumn = 'created' | 'updated';

/** Props of {@link IncidentRow}. */
export type IncidentRowProps = {
  incident: Incident;
  /** Its page, where the plugin's routes are mounted. */
  link?: string;
  now: Date;
  time: IncidentTimeColumn;
  busy: boolean;
  onTransition: (transition: WorkflowTransition<IncidentState>) => void;
  /** With a selection, a checkbox (for bulk actions). */
  selected?: boolean;
  onToggle?: () => void;
  /** Focus and keys, from useRowKeyboard. */
  keyboard: {
    ref: (element: HTMLElement | null) => void;
    tabIndex: number;
    onFocus: (event: { target: unknown; currentTarget: unknown }) => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
};

/** One line of text that ends in "…" where the column is too narrow. */
function OneLine(props: {
  title?: string;
  className?: string;
  children: ReactNode;
}) {
  const classes = useIncidentsTableStyles();
  return (
    <div
      className={`${classes.oneLine} ${props.className ?? ''}`}
      title={props.title}
    >
      {props.children}
    </div>
  );
}

/**
 * An incident as one line of the queue: ref, title (and as much of the
 * description as fits), priority, state, group, assignee, service level
 * clock, a time and its moves.
 */
export function IncidentRow(props: IncidentRowProps) {
  const { incident, link, now, time, busy, selected, onToggle } = props;
  const classes = useIncidentsTableStyles();
  const { ref, ...focusProps } = props.keyboard;
  return (
    <TableRow
      hover
      ref={ref}
      {...focusProps}
      selected={!!selected}
      aria-selected={onToggle ? !!selected : undefined}
      className={classes.row}
      data-testid={incident.ref}
    >
      {onToggle && (
        <TableCell padding="checkbox" className={classes.cell}>
          <Checkbox
            size="small"
            className={classes.checkbox}
            checked={!!selected}
            onChange={onToggle}
            tabIndex={-1}
            inputProps={{ 'aria-label': `Select ${incident.ref}` }}
          />
        </TableCell>
      )}
      <TableCell className={`${classes.cell} ${classes.fit}`}>
        {link ? (
          <Link to={link} className={classes.ref} tabIndex={-1}>
            {incident.ref}
          </Link>
        ) : (
          <span className={classes.ref}>{incident.ref}</span>
        )}
      </TableCell>
      <TableCell className={`${classes.cell} ${classes.title}`}>
        <OneLine
          title={
            incident.description
              ? `${incident.title}\n\n${incident.description}`
              : incident.title
          }
        >
          <Typography
            variant="body2"
            component="span"
            className={classes.titleText}
          >
            {incident.title}
          </Typography>
          {incident.description && (
            <Typography variant="body2" component="span" color="textSecondary">
              {' · '}
              {incident.description}
            </Typography>
          )}
        </OneLine>
      </TableCell>
      <TableCell className={`${classes.cell} ${classes.fit}`}>
        <PriorityChip priority={incident.priority as Priority} compact />
      </TableCell>
      <TableCell className={`${classes.cell} ${classes.fit}`}>
        {incidentStateLabel(incident.state)}
      </TableCell>
      <TableCell className={`${classes.cell} ${classes.fit}`}>
        {incident.assignmentGroup ? (
          <div className={classes.group}>
            <OneLine>
              <EntityRefLink
                entityRef={incident.assignmentGroup}
                defaultKind="group"
                hideIcon
                tabIndex={-1}
              />
            </OneLine>
            {incident.supportTier && (
              <Typography
                variant="body2"
                component="span"
                color="textSecondary"
              >
                {incident.supportTier}
              </Typography>
            )}
          </div>
        ) : (
          <Typography variant="body2" component="span" color="textSecondary">
            None
          </Typography>
        )}
      </TableCell>
      <TableCell className={`${classes.cell} ${classes.fit}`}>
        {incident.assignee ? (
          <OneLine className={classes.name}>
            <EntityRefLink
              entityRef={incident.assignee}
              defaultKind="user"
              hideIcon
              tabIndex={-1}
            />
          </OneLine>
        ) : (
          <Typography variant="body2" component="span" color="textSecondary">
            Unassigned
          </Typography>
        )}
      </TableCell>
      <TableCell className={`${classes.cell} ${classes.fit}`}>
        <IncidentSlaText sla={incident.sla} now={now} />
      </TableCell>
      <TableCell className={`${classes.cell} ${classes.fit}`}>
        <RelativeTime
          value={time === 'updated' ? incident.updatedAt : incident.createdAt}
        />
      </TableCell>
      <TableCell className={`${classes.cell} ${classes.fit}`} align="right">
        <IncidentMoveMenu
          incident={incident}
          disabled={busy}
          onTransition={props.onTransition}
        />
      </TableCell>
    </TableRow>
  );
}
