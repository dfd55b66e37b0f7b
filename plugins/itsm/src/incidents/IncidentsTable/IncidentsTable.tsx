import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Checkbox from '@material-ui/core/Checkbox';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  Incident,
  IncidentState,
  WorkflowTransition,
  incidentWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { IncidentTransitionButtons } from '../IncidentTransitionButtons';
import { PriorityChip } from '../../components/PriorityChip';
import { RelativeTime } from '../../components/RelativeTime';

const useStyles = makeStyles(theme => ({
  ref: {
    fontWeight: theme.typography.fontWeightMedium as number,
    whiteSpace: 'nowrap',
  },
  title: {
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  description: {
    maxWidth: 480,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  nowrap: {
    whiteSpace: 'nowrap',
  },
}));

/** The label of an incident state, e.g. "In progress". */
export function incidentStateLabel(state: string): string {
  return incidentWorkflow.stateLabels[state as IncidentState] ?? state;
}

/** Props of {@link IncidentsTable}. */
export type IncidentsTableProps = {
  incidents: readonly Incident[];
  /** The incident whose move is under way; its buttons are disabled. */
  busyIncidentId?: string;
  onTransition: (
    incident: Incident,
    transition: WorkflowTransition<IncidentState>,
  ) => void;
  /** With a selection, each row gets a checkbox (for bulk actions). */
  selection?: {
    selectedIds: ReadonlySet<string>;
    onChange: (selectedIds: Set<string>) => void;
  };
};

/** Incidents as table rows, each with the workflow moves legal now. */
export function IncidentsTable(props: IncidentsTableProps) {
  const { incidents, busyIncidentId, onTransition, selection } = props;
  const classes = useStyles();
  const incidentLink = useIncidentLink();
  const allSelected =
    incidents.length > 0 &&
    incidents.every(i => selection?.selectedIds.has(i.id));
  const toggle = (id: string) => {
    if (!selection) return;
    const next = new Set(selection.selectedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    selection.onChange(next);
  };
  return (
    <TableContainer>
      <Table size="small" aria-label="Incidents">
        <TableHead>
          <TableRow>
            {selection && (
              <TableCell padding="checkbox">
                <Checkbox
                  checked={allSelected}
                  indeterminate={!allSelected && selection.selectedIds.size > 0}
                  onChange={() =>
                    selection.onChange(
                      new Set(allSelected ? [] : incidents.map(i => i.id)),
                    )
                  }
                  inputProps={{ 'aria-label': 'Select all incidents' }}
                />
              </TableCell>
            )}
            <TableCell>Ref</TableCell>
            <TableCell>Title</TableCell>
            <TableCell>Priority</TableCell>
            <TableCell>State</TableCell>
            <TableCell>Assigned to</TableCell>
            <TableCell>Created</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {incidents.map(incident => (
            <TableRow key={incident.id} hover data-testid={incident.ref}>
              {selection && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selection.selectedIds.has(incident.id)}
                    onChange={() => toggle(incident.id)}
                    inputProps={{ 'aria-label': `Select ${incident.ref}` }}
                  />
                </TableCell>
              )}
              <TableCell className={classes.ref}>
                {incidentLink ? (
                  <Link to={incidentLink(incident.ref)}>{incident.ref}</Link>
                ) : (
                  incident.ref
                )}
              </TableCell>
              <TableCell>
                <Typography variant="body2" className={classes.title}>
                  {incident.title}
                </Typography>
                {incident.description && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="p"
                    className={classes.description}
                    title={incident.description}
                  >
                    {incident.description}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <PriorityChip priority={incident.priority} />
              </TableCell>
              <TableCell className={classes.nowrap}>
                {incidentStateLabel(incident.state)}
              </TableCell>
              <TableCell className={classes.nowrap}>
                {incident.assignmentGroup ? (
                  <EntityRefLink
                    entityRef={incident.assignmentGroup}
                    defaultKind="group"
                  />
                ) : (
                  'Unassigned'
                )}
                {incident.supportTier ? ` (${incident.supportTier})` : ''}
              </TableCell>
              <TableCell className={classes.nowrap}>
                <RelativeTime value={incident.createdAt} />
              </TableCell>
              <TableCell align="right">
                <IncidentTransitionButtons
                  incident={incident}
                  disabled={busyIncidentId === incident.id}
                  onTransition={transition =>
                    onTransition(incident, transition)
                  }
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
