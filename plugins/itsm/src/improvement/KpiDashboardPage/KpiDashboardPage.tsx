import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  Content,
  ContentHeader,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { indicatorProcessLabels } from '@backstage-itsm/plugin-itsm-common';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { KpiFilters } from '../KpiFilters/KpiFilters';
import { KpiScopeName } from '../KpiFilters/KpiScopeName';
import { kpiQueryOf, monthLabel } from '../kpiQuery';
import { ProcessScorecard } from './ProcessScorecard';
import { scorecardRows } from './scorecardRows';

/**
 * The KPI dashboard (§10.2.1): a scorecard per process of every indicator
 * of the catalogue (§10.1.1) for a month and a scope (the portal, a group
 * or a service), each figure against its target (§10.1.2) with its trend
 * since the previous month and its last six months; an indicator's name
 * opens its page (trend, breakdowns, the records behind it). The period
 * and scope are in the query string.
 */
export function KpiDashboardPage() {
  const api = useApi(itsmApiRef);
  const base = useItsmBasePath() ?? '';
  const [params] = useSearchParams();
  const query = kpiQueryOf(params);
  const { period, group, service } = query;
  const { value, loading, error } = useAsync(
    () => api.getKpiScorecard({ period, group, service }),
    [api, period, group, service],
  );
  const cards = value ? scorecardRows(value.figures) : [];
  return (
    <Content>
      <ContentHeader title="Indicators">
        <Button component={RouterLink} to={`${base}/improvements`} size="small">
          Improvement register
        </Button>
        <Button component={RouterLink} to={`${base}/statistics`} size="small">
          Statistics
        </Button>
        <Button component={RouterLink} to={`${base}/sla`} size="small">
          Service levels
        </Button>
      </ContentHeader>
      <KpiFilters />
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && (
        <>
          <Typography variant="body2" color="textSecondary" paragraph>
            {monthLabel(value.period)} for <KpiScopeName scope={value.scope} />,
            against the targets in force; arrows compare with{' '}
            {monthLabel(value.previousPeriod)}.
          </Typography>
          {cards.length === 0 ? (
            <Typography>No indicator has a figure for this scope.</Typography>
          ) : (
            <Grid container spacing={2}>
              {cards.map(({ process, rows }) => (
                <Grid item xs={12} lg={6} key={process}>
                  <ProcessScorecard
                    title={indicatorProcessLabels[process]}
                    rows={rows}
                    query={query}
                    previousLabel={monthLabel(value.previousPeriod)}
                  />
                </Grid>
              ))}
            </Grid>
          )}
        </>
      )}
    </Content>
  );
}
