import { Link } from '@backstage/core-components';
import { EntityName } from '../../components/EntityName';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  Change,
  ChangeModel,
  changeModelLabels,
  RiskLevel,
  riskLevelLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { useChangeLink } from '../../hooks/useChangeLink';
import { formatWindow } from '../../lib/formatWindow';

const riskColours: Record<RiskLevel, 'default' | 'primary' | 'secondary'> = {
  low: 'default',
  medium: 'primary',
  high: 'secondary',
};

/** A change's risk level as a chip. */
export function RiskChip(props: { level?: RiskLevel }) {
  if (!props.level) return null;
  return (
    <Chip
      size="small"
      label={`${riskLevelLabels[props.level]} risk`}
      color={riskColours[props.level]}
    />
  );
}

/** Changes as table rows: what, its state, model, risk, window and requester. */
export function ChangesTable(props: {
  changes: readonly Change[];
  'aria-label'?: string;
}) {
  const changeLink = useChangeLink();
  return (
    <TableContainer>
      <Table size="small" aria-label={props['aria-label'] ?? 'Changes'}>
        <TableHead>
          <TableRow>
            <TableCell>Ref</TableCell>
            <TableCell>Title</TableCell>
            <TableCell>State</TableCell>
            <TableCell>Model</TableCell>
            <TableCell>Risk</TableCell>
            <TableCell>Window</TableCell>
            <TableCell>Requested by</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.changes.map(change => (
            <TableRow key={change.id} hover data-testid={change.ref}>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {changeLink ? (
                  <Link to={changeLink(change.ref)}>{change.ref}</Link>
                ) : (
                  change.ref
                )}
              </TableCell>
              <TableCell>{change.title}</TableCell>
              <TableCell>{stateLabel('change', change.state)}</TableCell>
              <TableCell>
                {changeModelLabels[change.model as ChangeModel] ?? change.model}
              </TableCell>
              <TableCell>
                <RiskChip level={change.risk?.level} />
              </TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {formatWindow(change.window)}
              </TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                <EntityName entityRef={change.reportedBy} defaultKind="user" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
