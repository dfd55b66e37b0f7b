import { useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import {
  IncidentStatistics,
  incidentCategoryLabels,
  incidentChannelLabels,
  priorityLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useEntityNames } from '../../hooks/useEntityNames';
import { StackedBarChart } from '../../components/StackedBarChart';
import { downloadCsv } from '../../lib/csv';
import { statisticsCsv } from './statisticsCsv';

const ranges = {
  7: 'Last 7 days',
  30: 'Last 30 days',
  90: 'Last 90 days',
  365: 'Last year',
};
const periods = { day: 'By day', week: 'By week', month: 'By month' } as const;
type Period = keyof typeof periods;

const DAY_MS = 24 * 60 * 60 * 1000;

function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

function hours(value: number | null): string {
  if (value === null) return '—';
  if (value < 1) return `${Math.round(value * 60)} min`;
  return value < 48 ? `${value} h` : `${Math.round((value / 24) * 10) / 10} d`;
}

/** The measures at the top of the page. */
function tilesOf(stats: IncidentStatistics) {
  return [
    { label: 'Reported', value: String(stats.reported) },
    {
      label: 'Mean time to accept',
      value: hours(stats.accepted.meanHours),
      hint: `${stats.accepted.count} accepted`,
    },
    {
      label: 'Mean time to resolve',
      value: hours(stats.resolved.meanHours),
      hint: `${stats.resolved.count} resolved`,
    },
    {
      label: 'First-contact resolution',
      value: percent(stats.resolved.firstContactRate),
      hint: 'Resolved at L1, not escalated or reopened',
    },
    { label: 'Reopen rate', value: percent(stats.resolved.reopenRate) },
    {
      label: 'Satisfaction',
      value:
        stats.satisfaction.average === null
          ? '—'
          : `${stats.satisfaction.average} / 5`,
      hint: `${stats.satisfaction.count} ratings`,
    },
  ];
}

/**
 * The volume charts: one per dimension, each key by its label (`none`,
 * for incidents without a value, too), groups by name.
 */
function chartsOf(
  stats: IncidentStatistics,
  groupName: (entityRef: string) => string,
) {
  return [
    {
      title: 'By priority',
      data: stats.volumes.priority,
      labels: { ...priorityLabels, none: 'No priority' } as Record<
        string,
        string
      >,
    },
    {
      title: 'By category',
      data: stats.volumes.category,
      labels: { ...incidentCategoryLabels, none: 'No category' } as Record<
        string,
        string
      >,
    },
    {
      title: 'By channel',
      data: stats.volumes.channel,
      labels: { ...incidentChannelLabels, none: 'Unknown' } as Record<
        string,
        string
      >,
    },
    {
      title: 'By assignment group',
      data: stats.volumes.assignmentGroup,
      labels: (key: string) => (key === 'none' ? 'Unassigned' : groupName(key)),
    },
  ];
}

function Tile(props: { label: string; value: string; hint?: string }) {
  return (
    <InfoCard>
      <Typography variant="h4" component="p">
        {props.value}
      </Typography>
      <Typography variant="body2">{props.label}</Typography>
      {props.hint && (
        <Typography variant="caption" color="textSecondary">
          {props.hint}
        </Typography>
      )}
    </InfoCard>
  );
}

/**
 * Incident statistics (§2.3.4): volumes by category, priority, channel
 * and group per period, times to accept and resolve, first-contact
 * resolution, reopenings and satisfaction; downloadable as CSV.
 */
export function StatisticsPage() {
  const itsmApi = useApi(itsmApiRef);
  const [days, setDays] = useState(30);
  const [period, setPeriod] = useState<Period>('week');
  // The range ends now, fixed when the range is chosen.
  const range = useMemo(() => {
    const to = new Date();
    return {
      from: new Date(to.getTime() - days * DAY_MS).toISOString(),
      to: to.toISOString(),
    };
  }, [days]);
  const {
    value: stats,
    loading,
    error,
  } = useAsync(
    () => itsmApi.getIncidentStatistics({ ...range, period }),
    [itsmApi, range, period],
  );
  const groupName = useEntityNames(
    stats?.volumes.assignmentGroup.map(v => v.key) ?? [],
  );

  const download = () => {
    if (!stats) return;
    downloadCsv(
      statisticsCsv(stats),
      `incident-statistics-${range.from.slice(0, 10)}-${range.to.slice(
        0,
        10,
      )}.csv`,
    );
  };

  return (
    <Content>
      <ContentHeader title="Incident statistics">
        <Button
          variant="outlined"
          color="primary"
          startIcon={<GetAppIcon />}
          onClick={download}
          disabled={!stats}
        >
          Download CSV
        </Button>
      </ContentHeader>
      <Box display="flex" style={{ gap: 16 }} mb={2}>
        <TextField
          select
          id="itsm-statistics-range"
          label="Range"
          variant="outlined"
          size="small"
          value={days}
          onChange={e => setDays(Number(e.target.value))}
        >
          {Object.entries(ranges).map(([d, label]) => (
            <MenuItem key={d} value={Number(d)}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          id="itsm-statistics-period"
          label="Periods"
          variant="outlined"
          size="small"
          value={period}
          onChange={e => setPeriod(e.target.value as Period)}
        >
          {Object.entries(periods).map(([p, label]) => (
            <MenuItem key={p} value={p}>
              {label}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {stats && !loading && (
        <Grid container spacing={2}>
          {tilesOf(stats).map(tile => (
            <Grid item xs={6} md={2} key={tile.label}>
              <Tile {...tile} />
            </Grid>
          ))}
          {chartsOf(stats, groupName).map(chart => (
            <Grid item xs={12} md={6} key={chart.title}>
              <InfoCard title={chart.title}>
                <StackedBarChart
                  title={`Incidents ${chart.title.toLocaleLowerCase('en-US')}`}
                  periods={stats.periods}
                  data={chart.data}
                  labels={chart.labels}
                />
              </InfoCard>
            </Grid>
          ))}
          <Grid item xs={12} md={6}>
            <InfoCard title="Satisfaction ratings">
              <StackedBarChart
                title="Satisfaction ratings"
                periods={['1', '2', '3', '4', '5']}
                labels={{ ratings: 'Ratings' }}
                data={Object.entries(stats.satisfaction.distribution).map(
                  ([rating, count]) => ({
                    period: rating,
                    key: 'ratings',
                    count,
                  }),
                )}
              />
            </InfoCard>
          </Grid>
        </Grid>
      )}
    </Content>
  );
}
