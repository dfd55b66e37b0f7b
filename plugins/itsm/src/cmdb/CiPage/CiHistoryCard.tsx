import { useCallback, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  CiChange,
  ciChangeKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { CiDifferences } from '../CmdbPage/CiDifferences';
import { RelativeTime } from '../../components/RelativeTime';

/** Every recorded change of a configuration item, newest first (§6.2). */
export function CiHistoryCard(props: { entityRef: string }) {
  const itsmApi = useApi(itsmApiRef);
  const [changes, setChanges] = useState<CiChange[]>([]);
  const [nextCursor, setNextCursor] = useState<string>();
  const [error, setError] = useState<Error>();
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(
    async (cursor?: string) => {
      try {
        const page = await itsmApi.listCiChanges({
          entityRef: props.entityRef,
          limit: 20,
          cursor,
        });
        setChanges(previous =>
          cursor ? [...previous, ...page.items] : page.items,
        );
        setNextCursor(page.nextCursor);
      } catch (e) {
        setError(e as Error);
      } finally {
        setLoaded(true);
      }
    },
    [itsmApi, props.entityRef],
  );
  useEffect(() => {
    load();
  }, [load]);

  return (
    <InfoCard title="Change history">
      {error && <ResponseErrorPanel error={error} />}
      {loaded && changes.length === 0 && (
        <Typography color="textSecondary">No changes recorded yet.</Typography>
      )}
      {changes.length > 0 && (
        <Table size="small" aria-label="Change history">
          <TableBody>
            {changes.map(change => (
              <TableRow key={change.id}>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <RelativeTime value={change.detectedAt} />
                  <Typography variant="caption" display="block">
                    {ciChangeKindLabels[change.kind]}
                  </Typography>
                </TableCell>
                <TableCell>
                  <CiDifferences change={change} />
                  {change.sourceLocation && (
                    <Typography variant="caption" color="textSecondary">
                      from {change.sourceLocation}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  {change.authorizedBy ? (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={`Authorised by ${change.authorizedBy.ref}`}
                    />
                  ) : (
                    <Chip size="small" color="secondary" label="Unauthorised" />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {nextCursor && (
        <Box mt={1}>
          <Button variant="outlined" onClick={() => load(nextCursor)}>
            Older changes
          </Button>
        </Box>
      )}
    </InfoCard>
  );
}
