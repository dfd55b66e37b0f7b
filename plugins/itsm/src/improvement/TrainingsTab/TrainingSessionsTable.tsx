import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { Link } from '@backstage/core-components';
import {
  stateLabel,
  TrainingSession,
  trainingProcessLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';

/** A session's process in words. */
export const processLabel = (process?: string) =>
  (process && (trainingProcessLabels as Record<string, string>)[process]) ??
  process ??
  '—';

/** Sessions as a table: ref (to its page), title, process, when, state. */
export function TrainingSessionsTable(props: { sessions: TrainingSession[] }) {
  return (
    <Table size="small" aria-label="Training sessions">
      <TableHead>
        <TableRow>
          <TableCell>Ref</TableCell>
          <TableCell>Title</TableCell>
          <TableCell>Process</TableCell>
          <TableCell>Scheduled</TableCell>
          <TableCell>State</TableCell>
          <TableCell>Attendees</TableCell>
          <TableCell align="right">Completed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.sessions.map(s => (
          <TableRow key={s.id}>
            <TableCell>
              <Link to={`/itsm/trainings/${s.ref}`}>{s.ref}</Link>
            </TableCell>
            <TableCell>{s.title}</TableCell>
            <TableCell>{processLabel(s.process)}</TableCell>
            <TableCell>
              {s.scheduledAt ? <DateTime value={s.scheduledAt} /> : '—'}
            </TableCell>
            <TableCell>{stateLabel('training', s.state)}</TableCell>
            <TableCell>
              {(s.attendees ?? []).map((ref, i) => (
                <span key={ref}>
                  {i > 0 && ', '}
                  <EntityName entityRef={ref} />
                </span>
              ))}
            </TableCell>
            <TableCell align="right">{s.completedBy?.length ?? 0}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
