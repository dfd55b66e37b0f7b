import Typography from '@material-ui/core/Typography';
import {
  formatIndicatorValue,
  IndicatorDefinition,
  KpiSeries,
} from '@backstage-itsm/plugin-itsm-common';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { kpiStatusColours } from '../KpiStatusChip/KpiStatusChip';
import { shortMonthLabel } from '../kpiQuery';

/**
 * An indicator's monthly figures as a line, with its target (and the
 * critical threshold) as horizontal lines and the month shown on the
 * dashboard marked; each point coloured by its status against target.
 */
export function KpiTrendChart(props: {
  definition: IndicatorDefinition;
  series: KpiSeries;
  period: string;
}) {
  const { definition, series, period } = props;
  const points = series.points.map(p => ({
    period: p.period,
    value: p.value,
    status: p.status,
    source: p.source,
  }));
  if (!series.points.some(p => p.value !== null)) {
    return (
      <Typography color="textSecondary">
        No month of the last {series.points.length} has a figure.
      </Typography>
    );
  }
  // The target in force now (the newest month that has one).
  const target = [...series.points].reverse().find(p => p.target)?.target;
  const format = (value: unknown) =>
    formatIndicatorValue(definition, typeof value === 'number' ? value : null);
  return (
    <div style={{ width: '100%', height: 280 }} data-testid="kpi-trend-chart">
      <ResponsiveContainer>
        <LineChart data={points} margin={{ top: 16, right: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="period"
            tickFormatter={shortMonthLabel}
            interval={0}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            width={72}
            tickFormatter={v => format(v)}
            domain={['auto', 'auto']}
          />
          <Tooltip
            labelFormatter={label => shortMonthLabel(String(label))}
            formatter={value => [format(value), definition.name]}
          />
          {points.some(p => p.period === period) && (
            <ReferenceLine x={period} stroke="#9e9e9e" strokeDasharray="2 2" />
          )}
          {target && (
            <ReferenceLine
              y={target.target}
              ifOverflow="extendDomain"
              stroke={kpiStatusColours.met}
              strokeDasharray="6 3"
              label={{
                value: `Target ${format(target.target)}`,
                position: 'insideTopRight',
                fill: kpiStatusColours.met,
                fontSize: 12,
              }}
            />
          )}
          {target?.critical !== undefined && (
            <ReferenceLine
              y={target.critical}
              ifOverflow="extendDomain"
              stroke={kpiStatusColours.critical}
              strokeDasharray="2 4"
              label={{
                value: `Critical ${format(target.critical)}`,
                position: 'insideBottomRight',
                fill: kpiStatusColours.critical,
                fontSize: 12,
              }}
            />
          )}
          <Line
            type="monotone"
            dataKey="value"
            name={definition.name}
            stroke="#1976d2"
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
            dot={(dot: {
              cx?: number;
              cy?: number;
              index?: number;
              payload?: { status: keyof typeof kpiStatusColours };
            }) =>
              dot.cx === undefined || dot.cy === undefined ? (
                <g key={`dot-${dot.index}`} />
              ) : (
                <circle
                  key={`dot-${dot.index}`}
                  cx={dot.cx}
                  cy={dot.cy}
                  r={4}
                  fill={kpiStatusColours[dot.payload?.status ?? 'none']}
                  stroke="#fff"
                />
              )
            }
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
