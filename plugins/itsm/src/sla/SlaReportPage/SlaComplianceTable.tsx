import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { SlaOutcomeRow } from '@backstage-itsm/plugin-itsm-common';
import { formatCompliance } from './slaPeriods';

/**
 * Compliance rows (one per service, group, priority...): met, breached,
 * pending and the percentage, below the target in the theme's error
 * colour.
 */
export function SlaComplianceTable(props: {
  title: string;
  rows: SlaOutcomeRow[];
  /** The least compliance that is fine; lower is shown as a problem. */
  target?: number;
  label?: (key: string) => React.ReactNode;
}) {
  const { title, rows, target = 90, label = key => key } = props;
  if (rows.length === 0) {
    return <Typography color="textSecondary">No incidents.</Typography>;
  }
  return (
    <Table size="small" aria-label={title}>
      <TableHead>
        <TableRow>
          <TableCell>{title}</TableCell>
          <TableCell align="right">Met</TableCell>
          <TableCell align="right">Breached</TableCell>
          <TableCell align="right">Pending</TableCell>
          <TableCell align="right">Compliance</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.key} data-testid={`compliance-${row.key}`}>
            <TableCell>{label(row.key)}</TableCell>
            <TableCell align="right">{row.met}</TableCell>
            <TableCell align="right">{row.breached}</TableCell>
            <TableCell align="right">{row.pending}</TableCell>
            <TableCell align="right">
              <Typography
                variant="body2"
                color={
                  row.percent !== null &&
                  row.percent !== undefined &&
                  row.percent < target
                    ? 'error'
                    : 'textPrimary'
                }
              >
                {formatCompliance(row.percent)}
              </Typography>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
