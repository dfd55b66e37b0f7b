import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ImprovementRecordType,
  improvementTypeLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';

/** One improvement type's records, newest first: ref, title, state, owner. */
export function ImprovementRecordsTab(props: { type: ImprovementRecordType }) {
  const api = useApi(itsmApiRef);
  const { value, loading, error } = useAsync(
    () => api.listImprovementRecords(props.type, { limit: 100 }),
    [api, props.type],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value?.items.length) {
    return (
      <EmptyState
        missing="data"
        title={`No ${improvementTypeLabels[props.type].many.toLowerCase()} yet`}
      />
    );
  }
  return (
    <Table size="small" aria-label={improvementTypeLabels[props.type].many}>
      <TableHead>
        <TableRow>
          <TableCell>Ref</TableCell>
          <TableCell>Title</TableCell>
          <TableCell>State</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>Updated</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {value.items.map(record => (
          <TableRow key={record.id}>
            <TableCell>{record.ref}</TableCell>
            <TableCell>{record.title}</TableCell>
            <TableCell>{stateLabel(props.type, record.state)}</TableCell>
            <TableCell>
              {record.owner ? <EntityName entityRef={record.owner} /> : '—'}
            </TableCell>
            <TableCell>
              <DateTime value={record.updatedAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
