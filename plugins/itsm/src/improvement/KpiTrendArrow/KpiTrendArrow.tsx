import Tooltip from '@material-ui/core/Tooltip';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowForwardIcon from '@material-ui/icons/ArrowForward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import {
  formatIndicatorValue,
  IndicatorDefinition,
  KpiFigure,
} from '@backstage-itsm/plugin-itsm-common';

const colours = {
  better: '#2e7d32',
  worse: '#c62828',
  same: '#757575',
  unknown: '#bdbdbd',
} as const;

/**
 * How a figure moved since the previous month: an arrow up or down as the
 * figure moved, green when that is better for the indicator, red when
 * worse; the previous figure on hover.
 */
export function KpiTrendArrow(props: {
  definition: Pick<IndicatorDefinition, 'unit'>;
  figure: Pick<KpiFigure, 'value' | 'previousValue' | 'trend'>;
  previousLabel?: string;
}) {
  const { definition, figure } = props;
  const { value, previousValue, trend } = figure;
  const previous =
    previousValue === null || previousValue === undefined
      ? 'no figure'
      : formatIndicatorValue(definition, previousValue);
  const when = props.previousLabel ?? 'the previous month';
  const words =
    trend === 'unknown'
      ? `No comparison: ${when} had ${previous}`
      : `${trend[0].toUpperCase()}${trend.slice(1)} than ${when} (${previous})`;
  const up =
    value !== null &&
    value !== undefined &&
    previousValue !== null &&
    previousValue !== undefined &&
    value > previousValue;
  const style = { color: colours[trend], verticalAlign: 'middle' };
  let icon;
  if (trend === 'same' || trend === 'unknown') {
    icon = <ArrowForwardIcon fontSize="small" style={style} />;
  } else if (up) {
    icon = <ArrowUpwardIcon fontSize="small" style={style} />;
  } else {
    icon = <ArrowDownwardIcon fontSize="small" style={style} />;
  }
  return (
    <Tooltip title={words}>
      <span
        role="img"
        aria-label={words}
        data-testid="kpi-trend"
        data-trend={trend}
      >
        {icon}
      </span>
    </Tooltip>
  );
}
