import { useState } from 'react';
import { EntityName } from '../../components/EntityName';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
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
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import {
  formatPeriod,
  SlaReport,
  slaClockKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { downloadCsv } from '../../lib/csv';
import { SelectField } from '../../components/SelectField';
import { StackedBarChart } from '../../components/StackedBarChart';
import { SlaAtRiskTable } from './SlaAtRiskTable';
import { SlaComplianceTable } from './SlaComplianceTable';
import { formatCompliance, rangeOf, SlaPeriod, slaPeriods } from './slaPeriods';
import { slaReportCsv } from './slaReportCsv';

const kinds = ['restore', 'response'] as const;

/** The figures at the top: compliance of each clock, breached and at risk now. */
function Tiles(props: { report: SlaReport }) {
  const { report } = props;
  const breached = report.atRisk.filter(i => i.breached).length;
  const tiles = [
    ...kinds.map(kind => ({
      label: `${slaClockKindLabels[kind]} compliance`,
      value: formatCompliance(report.compliance[kind].overall.percent),
      hint: `${report.compliance[kind].overall.met} met, ${report.compliance[kind].overall.breached} breached, ${report.compliance[kind].overall.pending} pending`,
    })),
    {
      label: 'Breached now',
      value: String(breached),
      hint: 'Open incidents past a target',
    },
    {
      label: 'At risk',
      value: String(report.atRisk.length - breached),
      hint: 'Open incidents past 75% of a target',
    },
  ];
  return (
    <Grid container spacing={2}>
      {tiles.map(tile => (
        <Grid item xs={6} md={3} key={tile.label}>
          <InfoCard>
            <Typography variant="overline">{tile.label}</Typography>
            <Typography variant="h4" data-testid={`tile-${tile.label}`}>
              {tile.value}
            </Typography>
            <Typography variant="caption" color="textSecondary">
              {tile.hint}
            </Typography>
          </InfoCard>
        </Grid>
      ))}
    </Grid>
  );
}

/**
 * The service level report (§8.3): compliance of response and restore by
 * month, service, group, priority and agreement, how much of their target
 * resolved incidents used, satisfaction against each agreement's target,
 * the open incidents breached or at risk, and a CSV of it all. The period
 * and the entity are in the URL (`?period=last-month&entityRef=...`).
 */
export function SlaReportPage() {
  const itsmApi = useApi(itsmApiRef);
  const [params, setParams] = useSearchParams();
  const period = (
    params.get('period') && params.get('period')! in slaPeriods
      ? params.get('period')
      : 'this-month'
  ) as SlaPeriod;
  const entityRef = params.get('entityRef') ?? undefined;
  const [kind, setKind] = useState<(typeof kinds)[number]>('restore');
  const {
    value: report,
    error,
    loading,
  } = useAsync(
    () => itsmApi.getSlaReport({ ...rangeOf(period), entityRef }),
    [itsmApi, period, entityRef],
  );
  const compliance = report?.compliance[kind];

  return (
    <Content>
      <ContentHeader
        title={entityRef ? 'Service levels of one entity' : 'Service levels'}
      >
        <Button
          startIcon={<GetAppIcon />}
          disabled={!report}
          onClick={() =>
            report && downloadCsv(slaReportCsv(report), `sla-${period}.csv`)
          }
        >
          Export CSV
        </Button>
      </ContentHeader>
      <Box mb={2} display="flex" alignItems="center" style={{ gap: 16 }}>
        <Box width={220}>
          <SelectField
            id="itsm-sla-period"
            label="Incidents opened"
            value={period}
            options={Object.keys(slaPeriods) as SlaPeriod[]}
            labels={slaPeriods}
            onChange={next => {
              const changed = new URLSearchParams(params);
              changed.set('period', next);
              setParams(changed, { replace: true });
            }}
          />
        </Box>
        <Box width={180}>
          <SelectField
            id="itsm-sla-clock"
            label="Clock"
            value={kind}
            options={[...kinds]}
            labels={slaClockKindLabels}
            onChange={setKind}
          />
        </Box>
        {entityRef && (
          <Typography variant="body2">
            For <EntityName entityRef={entityRef} /> (and its parts)
          </Typography>
        )}
      </Box>
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {report && compliance && (
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <Tiles report={report} />
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard
              title={`${slaClockKindLabels[kind]}: met and breached by month`}
            >
              <StackedBarChart
                title={`${slaClockKindLabels[kind]} met and breached by month`}
                periods={compliance.byMonth.map(r => r.key)}
                data={compliance.byMonth.flatMap(r => [
                  { period: r.key, key: 'met', count: r.met },
                  { period: r.key, key: 'breached', count: r.breached },
                ])}
                labels={{ met: 'Met', breached: 'Breached' }}
                colours={{ met: '#2ca02c', breached: '#d62728' }}
              />
              <SlaComplianceTable
                title="Month"
                rows={compliance.byMonth}
                label={formatPeriod}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="Share of the target used by resolved incidents">
              <StackedBarChart
                title="Clocks by the share of their target used"
                periods={report.distributions[kind].map(b => b.bucket)}
                data={report.distributions[kind].map(b => ({
                  period: b.bucket,
                  key: slaClockKindLabels[kind],
                  count: b.count,
                }))}
                periodLabel={bucket => bucket.replace('<=', '≤ ')}
              />
              <Typography variant="caption" color="textSecondary">
                Up to 100% met the target; beyond it, breached.
              </Typography>
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <InfoCard title="Open incidents breached or at risk">
              <SlaAtRiskTable items={report.atRisk} />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="By service">
              <SlaComplianceTable
                title="Service"
                rows={compliance.byService}
                label={key => <EntityName entityRef={key} />}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="By group">
              <SlaComplianceTable
                title="Group"
                rows={compliance.byGroup}
                label={key =>
                  key === 'unassigned' ? (
                    'Unassigned'
                  ) : (
                    <EntityName entityRef={key} defaultKind="group" />
                  )
                }
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="By priority and agreement">
              <SlaComplianceTable
                title="Priority"
                rows={compliance.byPriority}
              />
              <Box mt={2}>
                <SlaComplianceTable
                  title="Agreement"
                  rows={compliance.byAgreement}
                />
              </Box>
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="Satisfaction against target">
              {report.satisfaction.length === 0 ? (
                <Typography color="textSecondary">No ratings yet.</Typography>
              ) : (
                report.satisfaction.map(s => (
                  <Typography
                    key={s.agreement.id}
                    data-testid={`satisfaction-${s.agreement.id}`}
                    color={s.met === false ? 'error' : 'textPrimary'}
                  >
                    {s.agreement.name}: {formatCompliance(s.percent)} satisfied
                    of {s.rated} rated
                    {s.target !== undefined ? ` (target ${s.target}%)` : ''}
                  </Typography>
                ))
              )}
            </InfoCard>
          </Grid>
        </Grid>
      )}
    </Content>
  );
}
