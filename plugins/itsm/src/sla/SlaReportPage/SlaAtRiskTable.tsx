import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import {
  SlaReport,
  slaClockKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { PriorityChip } from '../../components/PriorityChip';
import { DateTime } from '../../components/DateTime';

/** Where a clock at risk stands, in a word. */
function standing(item: SlaReport['atRisk'][number]): string {
  if (item.breached) return item.onHold ? 'Breached, on hold' : 'Breached';
  return item.onHold
    ? `${item.crossed}% used, on hold`
    : `${item.crossed}% used`;
}

/**
 * The open incidents whose response or restore clock is breached or past
 * 75%, soonest due first, each linked to its page.
 */
export function SlaAtRiskTable(props: {
  items: SlaReport['atRisk'];
  limit?: number;
}) {
  const incidentLink = useIncidentLink();
  const items = props.items.slice(0, props.limit ?? props.items.length);
  if (items.length === 0) {
    return (
      <Typography color="textSecondary">
        No open incident is breached or at risk.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Incidents at risk">
      <TableHead>
        <TableRow>
          <TableCell>Incident</TableCell>
          <TableCell>Priority</TableCell>
          <TableCell>Clock</TableCell>
          <TableCell>Standing</TableCell>
          <TableCell>Due</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(item => (
          <TableRow
            key={`${item.ref}-${item.kind}`}
            data-testid={`at-risk-${item.ref}`}
          >
            <TableCell>
              {incidentLink ? (
                <Link to={incidentLink(item.ref)}>{item.ref}</Link>
              ) : (
                item.ref
              )}{' '}
              {item.title}
            </TableCell>
            <TableCell>
              <PriorityChip priority={item.priority} />
            </TableCell>
            <TableCell>{slaClockKindLabels[item.kind]}</TableCell>
            <TableCell>
              <Chip
                size="small"
                label={standing(item)}
                color={item.breached ? 'secondary' : 'default'}
              />
            </TableCell>
            <TableCell>
              <DateTime value={item.dueAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
