import Checkbox from '@material-ui/core/Checkbox';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useNavigate } from 'react-router-dom';
import {
  Incident,
  IncidentState,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { useNow } from '../../hooks/useNow';
import { IncidentRow, IncidentTimeColumn } from './IncidentRow';
import { useIncidentsTableStyles } from './useIncidentsTableStyles';
import { useRowKeyboard } from './useRowKeyboard';

export { incidentStateLabel } from './incidentStateLabel';
export type { IncidentTimeColumn } from './IncidentRow';

/** Props of {@link IncidentsTable}. */
export type IncidentsTableProps = {
  incidents: readonly Incident[];
  /** The incident whose move is under way; its moves are disabled. */
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
  /** The time each row shows: reported (default) or last changed. */
  time?: IncidentTimeColumn;
};

/** What the keys do, for the hint beside a table. */
export const incidentsTableKeys =
  'Keyboard: j/k or ↑/↓ to move, Enter to open, x to select';

/**
 * Incidents as table rows, one line each: ref, title, priority, state,
 * group, assignee, service level clock, a time and the moves legal now
 * (the next one as a button, the others in a menu). The rows are worked
 * by keyboard too (see {@link incidentsTableKeys}).
 */
export function IncidentsTable(props: IncidentsTableProps) {
  const { incidents, busyIncidentId, onTransition, selection } = props;
  const classes = useIncidentsTableStyles();
  const incidentLink = useIncidentLink();
  const navigate = useNavigate();
  const now = useNow();
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
  const keyboard = useRowKeyboard({
    count: incidents.length,
    onOpen: index => {
      if (incidentLink) navigate(incidentLink(incidents[index].ref));
    },
    onToggle: selection ? index => toggle(incidents[index].id) : undefined,
  });
  const head = `${classes.head} ${classes.fit}`;
  const time = props.time ?? 'created';
  return (
    <TableContainer>
      <Table size="small" aria-label="Incidents">
        <TableHead>
          <TableRow>
            {selection && (
              <TableCell padding="checkbox" className={classes.head}>
                <Checkbox
                  size="small"
                  className={classes.checkbox}
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
            <TableCell className={head}>Ref</TableCell>
            <TableCell className={`${classes.head} ${classes.title}`}>
              Title
            </TableCell>
            <TableCell className={head}>Priority</TableCell>
            <TableCell className={head}>State</TableCell>
            <TableCell className={head}>Assignment group</TableCell>
            <TableCell className={head}>Assignee</TableCell>
            <TableCell className={head}>SLA time left</TableCell>
            <TableCell className={head}>
              {time === 'updated' ? 'Updated' : 'Created'}
            </TableCell>
            <TableCell className={head} align="right">
              Actions
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {incidents.map((incident, index) => (
            <IncidentRow
              key={incident.id}
              incident={incident}
              link={incidentLink?.(incident.ref)}
              now={now}
              time={time}
              busy={busyIncidentId === incident.id}
              onTransition={transition => onTransition(incident, transition)}
              selected={selection?.selectedIds.has(incident.id)}
              onToggle={selection ? () => toggle(incident.id) : undefined}
              keyboard={keyboard(index)}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
