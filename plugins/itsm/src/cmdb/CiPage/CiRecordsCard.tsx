import Chip from '@material-ui/core/Chip';
import { stateLabel } from '@backstage-itsm/plugin-itsm-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Link, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { PriorityChip } from '../../components/PriorityChip';
import { RelativeTime } from '../../components/RelativeTime';

/**
 * The incidents of a configuration item, newest first (its changes and
 * releases have cards of their own; problems come with their workflow).
 */
export function CiRecordsCard(props: { entityRef: string }) {
  const itsmApi = useApi(itsmApiRef);
  const incidentLink = useIncidentLink();
  const { value, error } = useAsync(
    () => itsmApi.listIncidents({ entityRef: props.entityRef, limit: 10 }),
    [itsmApi, props.entityRef],
  );
  return (
    <InfoCard title="Incidents">
      {error && <ResponseErrorPanel error={error} />}
      {value?.items.length === 0 && (
        <Typography color="textSecondary">No incidents.</Typography>
      )}
      <Table size="small" aria-label="Incidents of this item">
        <TableBody>
          {value?.items.map(incident => (
            <TableRow key={incident.id}>
              <TableCell>
                {incidentLink ? (
                  <Link to={incidentLink(incident.ref)}>{incident.ref}</Link>
                ) : (
                  incident.ref
                )}
              </TableCell>
              <TableCell>{incident.title}</TableCell>
              <TableCell>
                <PriorityChip priority={incident.priority} />
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={stateLabel('incident', incident.state)}
                />
              </TableCell>
              <TableCell>
                <RelativeTime value={incident.createdAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
