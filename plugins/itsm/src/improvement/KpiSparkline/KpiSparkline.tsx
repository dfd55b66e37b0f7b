import { useApi } from '@backstage/core-plugin-api';
import { Line, LineChart, YAxis } from 'recharts';
import useAsync from 'react-use/esm/useAsync';
import { monthOf } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import type { KpiScopeOptions } from '../../api/ImprovementApi';
import { seriesWindow } from '../kpiQuery';

const WIDTH = 96;
const HEIGHT = 28;

/**
 * An indicator's six months up to the shown one as a small line (`GET
 * /kpis/{id}/series?months=6`, more for a past month), read only once
 * `load` is true (its card has come into view); nothing when no month has
 * a figure.
 */
export function KpiSparkline(props: {
  indicatorId: string;
  period?: string;
  scope: KpiScopeOptions;
  load: boolean;
}) {
  const { indicatorId, load, period } = props;
  const { group, service } = props.scope;
  const api = useApi(itsmApiRef);
  const span = seriesWindow(period, 6, monthOf(new Date()));
  const { months } = span;
  const { value: series } = useAsync(
    async () =>
      load
        ? api.getKpiSeries(indicatorId, { months, group, service })
        : undefined,
    [api, indicatorId, load, months, group, service],
  );
  const points = span.pick(series?.points ?? []);
  const measured = points.filter(p => p.value !== null);
  if (measured.length === 0) {
    return <span style={{ display: 'inline-block', width: WIDTH }} />;
  }
  return (
    <span
      data-testid={`sparkline-${indicatorId}`}
      title={`Last ${points.length} months`}
      style={{ display: 'inline-block' }}
    >
      <LineChart
        width={WIDTH}
        height={HEIGHT}
        data={points.map(p => ({ period: p.period, value: p.value }))}
        margin={{ top: 2, right: 2, bottom: 2, left: 2 }}
      >
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line
          type="monotone"
          dataKey="value"
          stroke="#1976d2"
          strokeWidth={1.5}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </span>
  );
}
