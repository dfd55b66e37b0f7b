import Box from '@material-ui/core/Box';
import { ciChangeKindLabels } from '@backstage-itsm/plugin-itsm-common';
import { EntityName } from '../../components/EntityName';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { RelativeTime } from '../../components/RelativeTime';
import { CiDifferences } from './CiDifferences';

/** Recent changes to configuration items, field by field (§6.2). */
export function CiChangesTab() {
  const itsmApi = useApi(itsmApiRef);
  const [onlyUnauthorized, setOnlyUnauthorized] = useState(true);
  const { value, loading, error } = useAsync(
    () =>
      itsmApi.listCiChanges({
        unauthorized: onlyUnauthorized ? true : undefined,
        limit: 100,
      }),
    [itsmApi, onlyUnauthorized],
  );
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={onlyUnauthorized}
            onChange={e => setOnlyUnauthorized(e.target.checked)}
          />
        }
        label="Only unauthorised changes"
      />
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.items.length === 0 && (
        <Box mt={2}>
          <Typography color="textSecondary">No changes recorded.</Typography>
        </Box>
      )}
      {value && value.items.length > 0 && (
        <Table size="small" aria-label="Changes to configuration items">
          <TableHead>
            <TableRow>
              <TableCell>When</TableCell>
              <TableCell>Item</TableCell>
              <TableCell>What changed</TableCell>
              <TableCell>Authorised by</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(change => (
              <TableRow key={change.id}>
                <TableCell>
                  <RelativeTime value={change.detectedAt} />
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <EntityName entityRef={change.entityRef} />
                  <Typography variant="caption" display="block">
                    {ciChangeKindLabels[change.kind]}
                  </Typography>
                </TableCell>
                <TableCell>
                  <CiDifferences change={change} />
                </TableCell>
                <TableCell>
                  {change.authorizedBy ? (
                    change.authorizedBy.ref
                  ) : (
                    <Chip size="small" color="secondary" label="Unauthorised" />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
