import { useCallback, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  formatDateTime,
  formatTimeRange,
  Incident,
  SlaClock,
  slaClockKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { formatMinutes } from '../../lib/formatMinutes';

/** How often a running clock's numbers move on the page. */
const REFRESH_MS = 30_000;

const at = (iso: string) => formatDateTime(iso);

/** Where the clock stands, in a word. */
function statusOf(clock: SlaClock): {
  label: string;
  color: 'default' | 'primary' | 'secondary';
} {
  if (clock.breachedAt || clock.met === false) {
    return { label: 'Breached', color: 'secondary' };
  }
  if (clock.phase === 'stopped') {
    return {
      label: clock.met ? 'Met' : 'Stopped',
      color: clock.met ? 'primary' : 'default',
    };
  }
  if (clock.phase === 'paused') return { label: 'On hold', color: 'default' };
  return { label: 'Running', color: 'primary' };
}

/** What the clock has counted and what is left, in words. */
function summaryOf(clock: SlaClock): string {
  if (clock.targetMinutes === null) {
    return `${formatMinutes(
      clock.elapsedMinutes,
    )} counted; the agreement sets no target for ${clock.priority}`;
  }
  const used = `${formatMinutes(clock.elapsedMinutes)} of ${formatMinutes(
    clock.targetMinutes,
  )}`;
  const left = clock.remainingMinutes ?? 0;
  if (clock.phase === 'stopped') return `Took ${used}`;
  const remaining =
    left >= 0
      ? `${formatMinutes(left)} left`
      : `${formatMinutes(left)} overdue`;
  if (clock.phase === 'paused') {
    return `${used} used, ${remaining}; the clock stands while on hold`;
  }
  return `${used} used, ${remaining}${
    clock.dueAt ? ` · due ${at(clock.dueAt)}` : ''
  }`;
}

/**
 * The clock's history: when it crossed thresholds and when it stood (on
 * hold, stopped, in a maintenance window).
 */
function historyOf(clock: SlaClock): string[] {
  const lines = [`Started ${at(clock.startedAt)}`];
  if (clock.crossed >= 50 && clock.warn50At) {
    lines.push(`50% used ${at(clock.warn50At)}`);
  }
  if (clock.crossed >= 75 && clock.warn75At) {
    lines.push(`75% used ${at(clock.warn75At)}`);
  }
  if (clock.breachedAt) lines.push(`Breached ${at(clock.breachedAt)}`);
  // Maintenance windows until the clock is due (or now): those that count.
  const horizon = clock.dueAt ?? new Date().toISOString();
  for (const span of clock.idle) {
    if (span.reason === 'maintenance') {
      if (span.start < horizon) {
        lines.push(
          `Maintenance window ${formatTimeRange(span.start, span.end!)}`,
        );
      }
    } else if (span.reason === 'paused') {
      lines.push(
        span.end
          ? `On hold ${formatTimeRange(span.start, span.end)}`
          : `On hold since ${at(span.start)}`,
      );
    } else if (span.end) {
      lines.push(`Stopped ${at(span.start)} – reopened ${at(span.end)}`);
    } else {
      lines.push(
        `${clock.kind === 'response' ? 'Answered' : 'Stopped'} ${at(
          span.start,
        )}`,
      );
    }
  }
  return lines;
}

function ClockRow(props: { clock: SlaClock }) {
  const { clock } = props;
  const status = statusOf(clock);
  const share =
    clock.targetMinutes === null || clock.targetMinutes === 0
      ? 0
      : (clock.elapsedMinutes / clock.targetMinutes) * 100;
  return (
    <Box mb={2} data-testid={`sla-${clock.kind}`}>
      <Box display="flex" alignItems="center" style={{ gap: 8 }}>
        <Typography variant="subtitle2">
          {slaClockKindLabels[clock.kind]}
        </Typography>
        <Chip size="small" label={status.label} color={status.color} />
      </Box>
      {clock.targetMinutes !== null && (
        <Box my={0.5}>
          <LinearProgress
            variant="determinate"
            value={Math.min(100, share)}
            color={share >= 75 ? 'secondary' : 'primary'}
            aria-label={`${slaClockKindLabels[clock.kind]} time used`}
          />
        </Box>
      )}
      <Typography variant="body2">{summaryOf(clock)}</Typography>
      <Typography variant="caption" color="textSecondary" component="div">
        {historyOf(clock).map(line => (
          <div key={line}>{line}</div>
        ))}
      </Typography>
    </Box>
  );
}

/**
 * The incident's service level clocks (§8.1): its agreement, and for
 * response and restore the time used against the target, what is left
 * and when it falls due, whether it stands (on hold) or stopped, met or
 * breached, and its history. Running clocks move on every half minute and
 * whenever the incident changes. Nothing when no agreement covers it.
 */
export function IncidentSlaCard(props: { incident: Incident }) {
  const { incident } = props;
  const itsmApi = useApi(itsmApiRef);
  const [clocks, setClocks] = useState<SlaClock[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(
    () =>
      itsmApi.getIncidentSla(incident.ref).then(
        page => setClocks(page.items),
        e => setError(describeError(e)),
      ),
    [itsmApi, incident.ref],
  );

  useEffect(() => {
    load();
  }, [load, incident.version]);
  const running = clocks?.some(c => c.phase === 'running');
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, running]);

  if (!error && !clocks?.length) return null;
  return (
    <Box mb={3}>
      <InfoCard
        title="Service levels"
        subheader={
          clocks?.[0]
            ? `${clocks[0].agreement.name} · ${clocks[0].priority} · ${clocks[0].calendar}`
            : undefined
        }
      >
        {error && <Alert severity="error">{error}</Alert>}
        {clocks?.map(clock => (
          <ClockRow key={clock.kind} clock={clock} />
        ))}
      </InfoCard>
    </Box>
  );
}
