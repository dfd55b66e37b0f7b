import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import Button from '@material-ui/core/Button';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  formatIndicatorValue,
  IndicatorBreakdown,
  IndicatorDefinition,
} from '@backstage-itsm/plugin-itsm-common';
import {
  Bar,
  BarChart,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { KpiQuery, kpiScopeOf } from '../kpiQuery';
import {
  kpiStatusColours,
  KpiStatusChip,
} from '../KpiStatusChip/KpiStatusChip';
import {
  BreakdownKey,
  breakdownKeyText,
  breakdownLabels,
} from './breakdownLabels';

/** How many rows the bar chart draws (the table lists them all). */
const CHART_ROWS = 12;

/**
 * One indicator's figure for the month split by each of its breakdowns
 * (group, service, priority, change type or model), one tab each: a bar
 * per row coloured by its status against target, and a table of them,
 * worst first as the API answers; a row's "Records" narrows the
 * drill-down to it.
 */
export function KpiBreakdownCard(props: {
  definition: IndicatorDefinition;
  query: KpiQuery;
  by: IndicatorBreakdown;
  selectedKey?: string;
  onTab: (by: IndicatorBreakdown) => void;
  onRow: (by: IndicatorBreakdown, key: string) => void;
}) {
  const { definition, query, by, selectedKey, onTab, onRow } = props;
  const api = useApi(itsmApiRef);
  const { period } = query;
  const { group, service } = kpiScopeOf(query);
  const { value, loading, error } = useAsync(
    () => api.getKpiBreakdown(definition.id, by, { period, group, service }),
    [api, definition.id, by, period, group, service],
  );
  const rows = value?.rows ?? [];
  const format = (v: unknown) =>
    formatIndicatorValue(definition, typeof v === 'number' ? v : null);
  const chartRows = rows
    .filter(r => r.value !== null)
    .slice(0, CHART_ROWS)
    .map(r => ({
      label: breakdownKeyText(by, r.key),
      value: r.value,
      status: r.status,
    }));
  return (
    <InfoCard
      title="Compare"
      subheader="The month's figure split by each breakdown"
    >
      <Tabs
        value={by}
        onChange={(_, next: IndicatorBreakdown) => onTab(next)}
        indicatorColor="primary"
        variant="scrollable"
        aria-label="Breakdowns"
      >
        {definition.breakdowns.map(b => (
          <Tab key={b} value={b} label={breakdownLabels[b]} />
        ))}
      </Tabs>
      <Box mt={2}>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && rows.length === 0 && (
          <Typography color="textSecondary">
            Nothing to compare this month.
          </Typography>
        )}
        {chartRows.length > 1 && (
          <div
            style={{ width: '100%', height: 40 + chartRows.length * 28 }}
            data-testid="kpi-breakdown-chart"
          >
            <ResponsiveContainer>
              <BarChart
                data={chartRows}
                layout="vertical"
                margin={{ left: 8, right: 24 }}
              >
                <XAxis type="number" tickFormatter={v => format(v)} />
                <YAxis
                  type="category"
                  dataKey="label"
                  width={160}
                  tick={{ fontSize: 12 }}
                />
                <Tooltip formatter={v => [format(v), definition.name]} />
                <Bar dataKey="value" isAnimationActive={false}>
                  {chartRows.map(r => (
                    <Cell key={r.label} fill={kpiStatusColours[r.status]} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
        {rows.length > 0 && (
          <Table size="small" aria-label={breakdownLabels[by]}>
            <TableHead>
              <TableRow>
                <TableCell>{breakdownLabels[by].replace('By ', '')}</TableCell>
                <TableCell align="right">Figure</TableCell>
                <TableCell align="right">Records</TableCell>
                <TableCell>Status</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(row => (
                <TableRow
                  key={row.key}
                  selected={row.key === selectedKey}
                  data-testid={`breakdown-${row.key}`}
                >
                  <TableCell>
                    <BreakdownKey by={by} keyOf={row.key} />
                  </TableCell>
                  <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                    {format(row.value)}
                  </TableCell>
                  <TableCell align="right">{row.sample}</TableCell>
                  <TableCell>
                    <KpiStatusChip
                      definition={definition}
                      status={row.status}
                      target={row.target}
                    />
                  </TableCell>
                  <TableCell align="right">
                    {definition.records && (
                      <Button
                        size="small"
                        onClick={() => onRow(by, row.key)}
                        aria-label={`Records of ${breakdownKeyText(
                          by,
                          row.key,
                        )}`}
                      >
                        Records
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
    </InfoCard>
  );
}
