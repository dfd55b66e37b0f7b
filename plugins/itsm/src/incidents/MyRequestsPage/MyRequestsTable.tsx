import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Link as RouterLink } from 'react-router-dom';
import {
  Incident,
  IncidentState,
  incidentWorkflow,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { RelativeTime } from '../../components/RelativeTime';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { awaitedOfReporter } from './awaitedOfReporter';

/** The state of a request in words. */
function stateInWords(incident: Incident): string {
  return (
    incidentWorkflow.stateLabels[incident.state as IncidentState] ??
    incident.state
  );
}

/** What the request waits for, with the reporter's action a click away. */
function AwaitedCell(props: {
  incident: Incident;
  busy: boolean;
  onMove: (move: WorkflowTransition<IncidentState>) => void;
  pageOf?: (ref: string) => string;
}) {
  const { incident, busy, onMove, pageOf } = props;
  const awaited = awaitedOfReporter(incident);
  if (!awaited) return null;
  if (awaited.kind === 'nothing') {
    return (
      <Typography variant="body2" color="textSecondary">
        {awaited.label}
      </Typography>
    );
  }
  return (
    <Box>
      <Typography variant="body2">
        <strong>{awaited.label}</strong>
      </Typography>
      <Box display="flex" flexWrap="wrap" mt={0.5} style={{ gap: 8 }}>
        {awaited.moves.map((move, i) => (
          <Button
            key={move.action}
            size="small"
            color="primary"
            variant={i === 0 ? 'contained' : 'outlined'}
            disabled={busy}
            onClick={() => onMove(move)}
          >
            {move.label}
          </Button>
        ))}
        {awaited.kind === 'answer' && pageOf && (
          <Button
            size="small"
            color="primary"
            variant="contained"
            component={RouterLink}
            to={pageOf(incident.ref)}
          >
            Answer
          </Button>
        )}
      </Box>
    </Box>
  );
}

/**
 * An employee's requests: each with its ref and title, its state in words,
 * the affected services by their catalog titles, when it last changed and,
 * for open ones, what it waits for from them.
 */
export function MyRequestsTable(props: {
  incidents: readonly Incident[];
  /** Shows what each request waits for (open requests). */
  awaited?: boolean;
  busyIncidentId?: string;
  onMove?: (
    incident: Incident,
    move: WorkflowTransition<IncidentState>,
  ) => void;
}) {
  const { incidents, awaited, busyIncidentId, onMove } = props;
  const pageOf = useIncidentLink();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>Request</TableCell>
          <TableCell>State</TableCell>
          <TableCell>Affected service</TableCell>
          <TableCell>Last update</TableCell>
          {awaited && <TableCell>What we need from you</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {incidents.map(incident => (
          <TableRow key={incident.id} data-testid={`request-${incident.ref}`}>
            <TableCell>
              {pageOf ? (
                <Link to={pageOf(incident.ref)}>{incident.ref}</Link>
              ) : (
                incident.ref
              )}
              <Typography variant="body2">{incident.title}</Typography>
            </TableCell>
            <TableCell>{stateInWords(incident)}</TableCell>
            <TableCell>
              {incident.entityRefs.length === 0
                ? '—'
                : incident.entityRefs.map(ref => (
                    <div key={ref}>
                      <EntityRefLink entityRef={ref} defaultKind="component" />
                    </div>
                  ))}
            </TableCell>
            <TableCell>
              <RelativeTime value={incident.updatedAt} />
            </TableCell>
            {awaited && (
              <TableCell>
                <AwaitedCell
                  incident={incident}
                  busy={busyIncidentId === incident.id}
                  onMove={move => onMove?.(incident, move)}
                  pageOf={pageOf}
                />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
