import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  formatIndicatorValue,
  IndicatorBreakdown,
  indicatorDefinition,
  IndicatorDefinition,
  indicatorProcessLabels,
  monthOf,
} from '@backstage-itsm/plugin-itsm-common';
import {
  Link as RouterLink,
  useParams,
  useSearchParams,
} from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { KpiFilters } from '../KpiFilters/KpiFilters';
import { KpiScopeName } from '../KpiFilters/KpiScopeName';
import {
  kpiQueryOf,
  kpiScopeOf,
  kpiSearch,
  monthLabel,
  seriesWindow,
} from '../kpiQuery';
import { KpiStatusChip, describeTarget } from '../KpiStatusChip/KpiStatusChip';
import { KpiTrendArrow } from '../KpiTrendArrow/KpiTrendArrow';
import { KpiBreakdownCard } from './KpiBreakdownCard';
import { KpiRecordsCard } from './KpiRecordsCard';
import { KpiTrendChart } from './KpiTrendChart';

const unitLabels: Record<IndicatorDefinition['unit'], string> = {
  count: 'Count',
  percent: 'Percent',
  hours: 'Hours',
  days: 'Days',
  rating: 'Mean rating (1 to 5)',
  'per-week': 'Per week',
};

/** The definition (§10.1.1) and the month's figure against its target. */
function DefinitionCard(props: {
  definition: IndicatorDefinition;
  query: ReturnType<typeof kpiQueryOf>;
}) {
  const { definition, query } = props;
  const api = useApi(itsmApiRef);
  const { period } = query;
  const { group, service } = kpiScopeOf(query);
  const { value, loading, error } = useAsync(
    () => api.getKpiScorecard({ period, group, service }),
    [api, period, group, service],
  );
  const figure = value?.figures.find(f => f.indicatorId === definition.id);
  return (
    <InfoCard title="Definition">
      <Typography variant="body1" paragraph data-testid="kpi-computation">
        {definition.computation}
      </Typography>
      <StructuredMetadataTable
        metadata={{
          process: indicatorProcessLabels[definition.process],
          section: definition.section,
          unit: unitLabels[definition.unit],
          better: definition.better === 'higher' ? 'Higher' : 'Lower',
        }}
      />
      <Box mt={2}>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && figure && (
          <>
            <Typography variant="overline">
              {monthLabel(value.period)}, <KpiScopeName scope={value.scope} />
            </Typography>
            <Box display="flex" alignItems="center" style={{ gap: 12 }}>
              <Typography variant="h4" component="p" data-testid="kpi-figure">
                {formatIndicatorValue(definition, figure.value)}
              </Typography>
              <KpiStatusChip
                definition={definition}
                status={figure.status}
                target={figure.target}
              />
              <KpiTrendArrow
                definition={definition}
                figure={figure}
                previousLabel={monthLabel(value.previousPeriod)}
              />
            </Box>
            <Typography variant="caption" color="textSecondary" component="p">
              {figure.sample} record{figure.sample === 1 ? '' : 's'} behind the
              figure
              {figure.numerator !== undefined &&
              figure.denominator !== undefined
                ? ` (${figure.numerator} of ${figure.denominator})`
                : ''}
              . {describeTarget(definition, figure.target)}.
            </Typography>
          </>
        )}
      </Box>
    </InfoCard>
  );
}

/** The 12 months of the indicator up to the shown one, with its target. */
function TrendCard(props: {
  definition: IndicatorDefinition;
  query: ReturnType<typeof kpiQueryOf>;
  period: string;
}) {
  const { definition, query, period } = props;
  const api = useApi(itsmApiRef);
  const { group, service } = kpiScopeOf(query);
  const span = seriesWindow(query.period, 12, monthOf(new Date()));
  const { months } = span;
  const { value, loading, error } = useAsync(
    () => api.getKpiSeries(definition.id, { months, group, service }),
    [api, definition.id, months, group, service],
  );
  return (
    <InfoCard title="12 months">
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <KpiTrendChart
          definition={definition}
          series={{ ...value, points: span.pick(value.points) }}
          period={period}
        />
      )}
    </InfoCard>
  );
}

/**
 * One indicator's page (`/itsm/kpis/:indicatorId`, the dashboard's period
 * and scope in the query string; §10.2.1): its definition and the month's
 * figure against target, its last 12 months with the target line, its
 * figure compared by each breakdown (`?by=`), and the records behind it
 * (of one breakdown row with `?by=&key=`), each linked to its page.
 */
export function KpiDetailPage() {
  const { indicatorId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const base = useItsmBasePath() ?? '';
  const query = kpiQueryOf(params);
  const definition = indicatorDefinition(indicatorId);
  const back = (
    <Button
      component={RouterLink}
      to={`${base}/kpis${kpiSearch(query)}`}
      size="small"
      startIcon={<ArrowBackIcon />}
    >
      All indicators
    </Button>
  );
  if (!definition) {
    return (
      <Content>
        <ContentHeader title="Indicator not found">{back}</ContentHeader>
        <Typography>The catalogue holds no indicator {indicatorId}.</Typography>
      </Content>
    );
  }
  const byParam = params.get('by') as IndicatorBreakdown | null;
  const by =
    byParam && definition.breakdowns.includes(byParam)
      ? byParam
      : definition.breakdowns[0];
  const key = (by && byParam === by && params.get('key')) || undefined;
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, v] of Object.entries(changes)) {
      if (v) next.set(name, v);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  const period = query.period ?? monthOf(new Date());
  return (
    <Content>
      <ContentHeader
        title={definition.name}
        description={`${indicatorProcessLabels[definition.process]} · ${
          definition.section
        }`}
      >
        {back}
      </ContentHeader>
      <KpiFilters />
      <Grid container spacing={2}>
        <Grid item xs={12} md={5} lg={4}>
          <DefinitionCard definition={definition} query={query} />
        </Grid>
        <Grid item xs={12} md={7} lg={8}>
          <TrendCard definition={definition} query={query} period={period} />
        </Grid>
        {by && (
          <Grid item xs={12} lg={6}>
            <KpiBreakdownCard
              definition={definition}
              query={query}
              by={by}
              selectedKey={key}
              onTab={next => update({ by: next, key: undefined })}
              onRow={(rowBy, rowKey) => update({ by: rowBy, key: rowKey })}
            />
          </Grid>
        )}
        <Grid item xs={12} lg={by ? 6 : 12}>
          <KpiRecordsCard
            definition={definition}
            query={query}
            filter={by && key ? { by, key } : undefined}
            onClearFilter={() => update({ key: undefined })}
          />
        </Grid>
      </Grid>
    </Content>
  );
}
