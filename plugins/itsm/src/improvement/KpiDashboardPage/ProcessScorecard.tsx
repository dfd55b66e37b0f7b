import { useRef } from 'react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { InfoCard, Link } from '@backstage/core-components';
import {
  formatIndicatorValue,
  IndicatorDefinition,
  KpiFigure,
} from '@backstage-itsm/plugin-itsm-common';
import { useInView } from '../../hooks/useInView';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { kpiScopeOf, KpiQuery, kpiSearch } from '../kpiQuery';
import { KpiSparkline } from '../KpiSparkline/KpiSparkline';
import { KpiStatusChip } from '../KpiStatusChip/KpiStatusChip';
import { KpiTrendArrow } from '../KpiTrendArrow/KpiTrendArrow';

/** One indicator's figure beside its definition. */
export type ScorecardRow = {
  definition: IndicatorDefinition;
  figure: KpiFigure;
};

/**
 * One process's scorecard (§10.2.1): each indicator's figure in its unit,
 * its status against target, its trend since the previous month and its
 * last six months, each indicator linked to its page (with the period and
 * scope). The six-month lines are read once the card comes into view.
 */
export function ProcessScorecard(props: {
  title: string;
  rows: ScorecardRow[];
  query: KpiQuery;
  previousLabel: string;
}) {
  const { title, rows, query, previousLabel } = props;
  const base = useItsmBasePath() ?? '';
  const ref = useRef<HTMLDivElement>(null);
  const seen = useInView(ref);
  const scope = kpiScopeOf(query);
  return (
    <div ref={ref} data-testid={`scorecard-${title}`}>
      <InfoCard title={title} noPadding>
        <Table size="small" aria-label={`${title} scorecard`}>
          <TableHead>
            <TableRow>
              <TableCell>Indicator</TableCell>
              <TableCell align="right">Figure</TableCell>
              <TableCell>Status</TableCell>
              <TableCell padding="none">Trend</TableCell>
              <TableCell>6 months</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ definition, figure }) => (
              <TableRow
                key={definition.id}
                data-testid={`kpi-${definition.id}`}
              >
                <TableCell>
                  <Link to={`${base}/kpis/${definition.id}${kpiSearch(query)}`}>
                    {definition.name}
                  </Link>
                </TableCell>
                <TableCell
                  align="right"
                  style={{ whiteSpace: 'nowrap' }}
                  data-testid="kpi-value"
                  title={`${figure.sample} record${
                    figure.sample === 1 ? '' : 's'
                  } behind the figure`}
                >
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
                <TableCell style={{ paddingTop: 0, paddingBottom: 0 }}>
                  <KpiSparkline
                    indicatorId={definition.id}
                    period={query.period}
                    scope={scope}
                    load={seen}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </InfoCard>
    </div>
  );
}
