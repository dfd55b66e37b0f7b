import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  formatIndicatorValue,
  IndicatorProcess,
  indicatorProcessLabels,
} from '@backstage-itsm/plugin-itsm-common';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { scorecardRows } from '../KpiDashboardPage/scorecardRows';
import { kpiSearch, monthLabel } from '../kpiQuery';
import { KpiStatusChip } from '../KpiStatusChip/KpiStatusChip';
import { KpiTrendArrow } from '../KpiTrendArrow/KpiTrendArrow';

const TITLE = 'Service health';

/** The processes whose indicators a service's card shows. */
const processes: readonly IndicatorProcess[] = [
  'incidents',
  'service-levels',
  'changes',
  'dora',
];

/**
 * The Service health card of the overview of components and systems
 * (§10.2.1): this month's incident, service level, change and DORA
 * indicators of the entity (scope `service`) that have a figure, each with
 * its status against target and trend, linked to its page on the KPI
 * dashboard scoped to the service. One request: `GET /kpis?service=`.
 */
export function EntityServiceHealthCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const api = useApi(itsmApiRef);
  const base = useItsmBasePath();
  const { value, loading, error } = useAsync(
    () => api.getKpiScorecard({ service: entityRef }),
    [api, entityRef],
  );
  const search = kpiSearch({ service: entityRef });
  const deepLink = base
    ? { title: 'All its indicators', link: `${base}/kpis${search}` }
    : undefined;
  if (loading) {
    return (
      <InfoCard title={TITLE}>
        <Progress />
      </InfoCard>
    );
  }
  if (error || !value) {
    return (
      <InfoCard title={TITLE}>
        <ResponseErrorPanel error={error ?? new Error('No figures')} />
      </InfoCard>
    );
  }
  const cards = scorecardRows(
    value.figures.filter(f => f.value !== null),
    processes,
  );
  const previousLabel = monthLabel(value.previousPeriod);
  return (
    <InfoCard
      title={TITLE}
      subheader={`${monthLabel(value.period)} so far, against target`}
      deepLink={deepLink}
    >
      {cards.length === 0 ? (
        <Typography variant="body2" data-testid="service-health-nothing">
          No incident, service level, change or deployment figure for this
          service this month.
        </Typography>
      ) : (
        <Table size="small" aria-label={TITLE}>
          <TableBody>
            {cards.map(({ process, rows }) => [
              <TableRow key={process}>
                <TableCell colSpan={4} style={{ borderBottom: 'none' }}>
                  <Typography variant="overline">
                    {indicatorProcessLabels[process]}
                  </Typography>
                </TableCell>
              </TableRow>,
              ...rows.map(({ definition, figure }) => (
                <TableRow
                  key={definition.id}
                  data-testid={`health-${definition.id}`}
                >
                  <TableCell>
                    {base ? (
                      <Link to={`${base}/kpis/${definition.id}${search}`}>
                        {definition.name}
                      </Link>
                    ) : (
                      definition.name
                    )}
                  </TableCell>
                  <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatIndicatorValue(definition, figure.value)}
                  </TableCell>
                  <TableCell>
                    <KpiStatusChip
                      definition={definition}
                      status={figure.status}
                      target={figure.target}
                    />
                  </TableCell>
                  <TableCell padding="none" align="center">
                    <KpiTrendArrow
                      definition={definition}
                      figure={figure}
                      previousLabel={previousLabel}
                    />
                  </TableCell>
                </TableRow>
              )),
            ])}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
