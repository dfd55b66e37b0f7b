import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import {
  formatIndicatorValue,
  IndicatorDefinition,
  KpiFigure,
} from '@backstage-itsm/plugin-itsm-common';

/** The colour of each status against target (§10.1.2). */
export const kpiStatusColours: Record<KpiFigure['status'], string> = {
  met: '#2e7d32',
  warning: '#ed6c02',
  critical: '#c62828',
  none: '#9e9e9e',
};

const sourceLabels = {
  portal: 'portal-wide',
  group: "the group's",
  service: "the service's",
} as const;

/** A target and its thresholds in words, e.g. "Target 8 h · warning 10 h". */
export function describeTarget(
  definition: Pick<IndicatorDefinition, 'unit' | 'better'>,
  target: KpiFigure['target'],
): string {
  if (!target) return 'No target set';
  const parts = [`Target ${formatIndicatorValue(definition, target.target)}`];
  if (target.warning !== undefined) {
    parts.push(`warning ${formatIndicatorValue(definition, target.warning)}`);
  }
  if (target.critical !== undefined) {
    parts.push(`critical ${formatIndicatorValue(definition, target.critical)}`);
  }
  const direction = definition.better === 'higher' ? 'higher' : 'lower';
  const source = target.source ? ` (${sourceLabels[target.source]})` : '';
  return `${parts.join(' · ')}${source}; ${direction} is better`;
}

/** The chip's word for a status. */
function labelOf(status: KpiFigure['status'], hasTarget: boolean): string {
  switch (status) {
    case 'met':
      return 'Met';
    case 'warning':
      return 'Warning';
    case 'critical':
      return 'Critical';
    default:
      return hasTarget ? 'No figure' : 'No target';
  }
}

/**
 * Where a figure stands against its target (§10.1.2): a green, orange or
 * red chip (met, warning, critical), grey without a target or a figure;
 * the target and its thresholds on hover.
 */
export function KpiStatusChip(props: {
  definition: Pick<IndicatorDefinition, 'unit' | 'better'>;
  status: KpiFigure['status'];
  target?: KpiFigure['target'];
}) {
  const { definition, status, target } = props;
  const colour = kpiStatusColours[status];
  return (
    <Tooltip title={describeTarget(definition, target)}>
      <Chip
        size="small"
        label={labelOf(status, Boolean(target))}
        data-testid="kpi-status"
        data-status={status}
        style={{
          backgroundColor: colour,
          color: '#fff',
          fontWeight: 600,
          margin: 0,
        }}
      />
    </Tooltip>
  );
}
