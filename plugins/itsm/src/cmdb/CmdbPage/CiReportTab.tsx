import { ReactNode, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { CiCount, CiItem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { EntityName } from '../../components/EntityName';
import { downloadCsv } from '../../lib/csv';
import { CiChangeList } from '../EntityConfigurationItemCard/CiChangeList';
import { CiItemsTable } from './CiItemsTable';
import { ciReportCsv } from './ciReportCsv';

/**
 * Counts by a key: each key as `label` shows it (owners by name), the
 * items without one as `none` says.
 */
function CountTable(props: {
  title: string;
  counts: CiCount[];
  none: string;
  label?: (key: string) => ReactNode;
}) {
  const { label = key => key } = props;
  return (
    <InfoCard title={props.title}>
      <Table size="small" aria-label={props.title}>
        <TableBody>
          {props.counts.map(c => (
            <TableRow key={c.key}>
              <TableCell>{c.key ? label(c.key) : props.none}</TableCell>
              <TableCell align="right">{c.count}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}

function ProblemList(props: { title: string; items: CiItem[]; count: number }) {
  if (props.count === 0) return null;
  return (
    <Grid item xs={12}>
      <InfoCard title={`${props.title} (${props.count})`}>
        <TableContainer>
          <CiItemsTable items={props.items} label={props.title} />
        </TableContainer>
        {props.count > props.items.length && (
          <Typography variant="body2" color="textSecondary">
            The first {props.items.length} are shown; the CSV has the same.
          </Typography>
        )}
      </InfoCard>
    </Grid>
  );
}

/** The configuration status report (§6.3.3), downloadable as CSV. */
export function CiReportTab() {
  const itsmApi = useApi(itsmApiRef);
  const [staleDays, setStaleDays] = useState(90);
  const {
    value: report,
    loading,
    error,
  } = useAsync(
    () => itsmApi.getConfigurationReport({ staleDays }),
    [itsmApi, staleDays],
  );
  // Recent and unauthorised changes belong to the report too (§6.3.3).
  const { value: changes } = useAsync(async () => {
    const [recent, unauthorized] = await Promise.all([
      itsmApi.listCiChanges({ limit: 50 }),
      itsmApi.listCiChanges({ unauthorized: true, limit: 50 }),
    ]);
    return { recent: recent.items, unauthorized: unauthorized.items };
  }, [itsmApi]);

  return (
    <>
      <Box display="flex" style={{ gap: 16 }} mb={2} alignItems="center">
        <TextField
          select
          id="itsm-cmdb-stale"
          label="Stale after"
          variant="outlined"
          size="small"
          value={staleDays}
          onChange={e => setStaleDays(Number(e.target.value))}
        >
          {[30, 90, 180, 365].map(d => (
            <MenuItem key={d} value={d}>
              {d} days unchanged
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          color="primary"
          startIcon={<GetAppIcon />}
          disabled={!report || !changes}
          onClick={() =>
            report &&
            downloadCsv(
              ciReportCsv(report, changes),
              `cmdb-status-${new Date().toISOString().slice(0, 10)}.csv`,
            )
          }
        >
          Download CSV
        </Button>
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {report && !loading && (
        <Grid container spacing={2}>
          {[
            ['Configuration items', report.total],
            ['No owner', report.counts.noOwner],
            ['No class', report.counts.unclassified],
            ['No support group', report.counts.noSupportGroup],
            [`Unchanged for ${report.staleDays} days`, report.counts.stale],
          ].map(([label, value]) => (
            <Grid item xs={6} md={2} key={label}>
              <InfoCard>
                <Typography variant="h4" component="p">
                  {value}
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  {label}
                </Typography>
              </InfoCard>
            </Grid>
          ))}
          <Grid item xs={12} md={4}>
            <CountTable
              title="By class"
              counts={report.byClass}
              none="Not classified"
            />
          </Grid>
          <Grid item xs={12} md={4}>
            <CountTable
              title="By owner"
              counts={report.byOwner}
              none="No owner"
              label={key => <EntityName entityRef={key} defaultKind="group" />}
            />
          </Grid>
          <Grid item xs={12} md={4}>
            <CountTable
              title="By lifecycle"
              counts={report.byLifecycle}
              none="No lifecycle"
            />
          </Grid>
          <ProblemList
            title="No owner"
            items={report.noOwner}
            count={report.counts.noOwner}
          />
          <ProblemList
            title="No class"
            items={report.unclassified}
            count={report.counts.unclassified}
          />
          <ProblemList
            title="No support group"
            items={report.noSupportGroup}
            count={report.counts.noSupportGroup}
          />
          <ProblemList
            title={`Unchanged for ${report.staleDays} days`}
            items={report.stale}
            count={report.counts.stale}
          />
          {changes && (
            <Grid item xs={12} md={6}>
              <InfoCard
                title={`Unauthorised changes (${changes.unauthorized.length}${
                  changes.unauthorized.length === 50 ? '+' : ''
                })`}
              >
                {changes.unauthorized.length === 0 ? (
                  <Typography color="textSecondary">None recorded.</Typography>
                ) : (
                  <CiChangeList
                    changes={changes.unauthorized.slice(0, 10)}
                    showItem
                    label="Unauthorised changes"
                  />
                )}
              </InfoCard>
            </Grid>
          )}
          {changes && (
            <Grid item xs={12} md={6}>
              <InfoCard title="Recent changes">
                {changes.recent.length === 0 ? (
                  <Typography color="textSecondary">None recorded.</Typography>
                ) : (
                  <CiChangeList
                    changes={changes.recent.slice(0, 10)}
                    showItem
                    label="Recent changes"
                  />
                )}
              </InfoCard>
            </Grid>
          )}
        </Grid>
      )}
    </>
  );
}
