import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ImprovementEffect,
  ImprovementItem,
  indicatorDefinition,
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
import { shortMonthLabel } from '../kpiQuery';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { formatFigure } from './ImprovementDetailsCard';

const trendWords = {
  better: 'moved the right way from the baseline',
  worse: 'moved the wrong way from the baseline',
  same: 'did not move from the baseline',
  unknown: 'cannot be compared with a baseline',
} as const;

function severityOf(effect: ImprovementEffect): 'success' | 'info' | 'warning' {
  if (effect.reachedTarget) return 'success';
  return effect.trend === 'better' ? 'info' : 'warning';
}

function verdictOf(reached: boolean | null): string {
  if (reached === null) return 'No target to reach';
  return reached ? 'It reached its target' : 'It has not reached its target';
}

/**
 * The measured effect of an item in evaluation or closed (§10.3.2): the
 * indicator over the evaluation period against the baseline and target,
 * whether it reached the target and which way it moved, and its months
 * on a chart with the baseline and target drawn across.
 */
export function ImprovementEffectCard(props: { item: ImprovementItem }) {
  const { item } = props;
  const api = useApi(itsmApiRef);
  const { value, loading, error } = useAsync(
    () => api.getImprovementEffect(item.ref),
    [api, item.ref, item.version],
  );
  const figure = (v: number | null | undefined) =>
    formatFigure(v, item.indicatorId);
  return (
    <InfoCard title="Measured effect">
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <>
          <Typography variant="body2" paragraph>
            {indicatorDefinition(value.indicatorId)?.name ?? value.indicatorId}{' '}
            from <DateTime value={value.from} variant="date" /> to{' '}
            <DateTime value={value.to} variant="date" />
            {value.scope.kind === 'service'
              ? ` for ${value.scope.ref}`
              : ''}:{' '}
            <strong data-testid="effect-value">{figure(value.value)}</strong>{' '}
            (baseline {figure(value.baseline)}, target {figure(value.target)}).
          </Typography>
          <Alert severity={severityOf(value)}>
            {verdictOf(value.reachedTarget)}, and {trendWords[value.trend]}.
          </Alert>
          {value.series.length > 0 && (
            <Box mt={2} height={220} data-testid="effect-chart">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart
                  data={value.series.map(s => ({
                    period: s.period,
                    value: s.value,
                  }))}
                  margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="period" tickFormatter={shortMonthLabel} />
                  <YAxis />
                  <Tooltip />
                  {value.baseline !== undefined && (
                    <ReferenceLine
                      y={value.baseline}
                      ifOverflow="extendDomain"
                      stroke="#9e9e9e"
                      strokeDasharray="4 4"
                      label="Baseline"
                    />
                  )}
                  {value.target !== undefined && (
                    <ReferenceLine
                      y={value.target}
                      ifOverflow="extendDomain"
                      stroke="#2e7d32"
                      strokeDasharray="4 4"
                      label="Target"
                    />
                  )}
                  <Line
                    type="monotone"
                    dataKey="value"
                    name={
                      indicatorDefinition(value.indicatorId)?.name ?? 'Value'
                    }
                    stroke="#1976d2"
                    connectNulls
                  />
                </LineChart>
              </ResponsiveContainer>
            </Box>
          )}
        </>
      )}
    </InfoCard>
  );
}
