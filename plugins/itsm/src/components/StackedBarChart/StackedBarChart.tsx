import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { formatPeriod, wordsOf } from '@backstage-itsm/plugin-itsm-common';

/** One bar segment: how many of `key` in `period`. */
export type BarDatum = { period: string; key: string; count: number };

/** Props of {@link StackedBarChart}. */
export type StackedBarChartProps = {
  /** The bars, in order (every period is drawn, empty or not). */
  periods: string[];
  data: BarDatum[];
  /**
   * What the keys are called in the legend and tooltips (a table or a
   * function); a key without a label is shown in words. Give one for
   * `none` too: "No category", "Unassigned".
   */
  labels?: Record<string, string> | ((key: string) => string);
  /** Colours of the keys; the others take the palette's. */
  colours?: Record<string, string>;
  /** How a period is written under its bar; default a day or month in words ("7 Dec", "Dec 26"). */
  periodLabel?: (period: string) => string;
  height?: number;
  title: string;
};

const palette = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

/**
 * A stacked bar chart in plain SVG: one bar per period, one colour per
 * key, with a legend and the numbers as tooltips.
 */
export function StackedBarChart(props: StackedBarChartProps) {
  const {
    periods,
    data,
    labels = {},
    colours = {},
    periodLabel = period => formatPeriod(period, { short: true }),
    height = 220,
    title,
  } = props;
  const theme = useTheme();
  const labelOf = (key: string) =>
    (typeof labels === 'function' ? labels(key) : labels[key]) || wordsOf(key);
  const keys = [...new Set(data.map(d => d.key))].sort();
  const colour = (key: string) =>
    colours[key] ?? palette[keys.indexOf(key) % palette.length];
  const totals = periods.map(p =>
    data.filter(d => d.period === p).reduce((sum, d) => sum + d.count, 0),
  );
  const max = Math.max(1, ...totals);
  const width = Math.max(320, periods.length * 36);
  const plotHeight = height - 40;
  const barWidth = (width / Math.max(1, periods.length)) * 0.7;

  return (
    <Box>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        preserveAspectRatio="none"
      >
        {periods.map((period, i) => {
          const x = (i + 0.15) * (width / periods.length);
          let y = plotHeight;
          return (
            <g key={period}>
              {data
                .filter(d => d.period === period)
                .sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key))
                .map(d => {
                  const h = (d.count / max) * (plotHeight - 10);
                  y -= h;
                  return (
                    <rect
                      key={d.key}
                      x={x}
                      y={y}
                      width={barWidth}
                      height={h}
                      fill={colour(d.key)}
                    >
                      <title>{`${periodLabel(period)} ${labelOf(d.key)}: ${
                        d.count
                      }`}</title>
                    </rect>
                  );
                })}
              {totals[i] > 0 && (
                <text
                  x={x + barWidth / 2}
                  y={y - 2}
                  fontSize={10}
                  textAnchor="middle"
                  fill={theme.palette.text.secondary}
                >
                  {totals[i]}
                </text>
              )}
              <text
                x={x + barWidth / 2}
                y={height - 22}
                fontSize={9}
                textAnchor="middle"
                fill={theme.palette.text.secondary}
              >
                {periodLabel(period)}
              </text>
            </g>
          );
        })}
      </svg>
      <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
        {keys.map(key => (
          <Box key={key} display="flex" alignItems="center" style={{ gap: 4 }}>
            <Box width={12} height={12} style={{ background: colour(key) }} />
            <Typography variant="caption">{labelOf(key)}</Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
