import {
  IncidentSlaSummary,
  slaClockKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { formatMinutes } from '../../lib/formatMinutes';

/** How urgent a clock looks: within target, near it, over it, or standing. */
export type SlaTone = 'ok' | 'near' | 'over' | 'idle';

/** A clock in a queue's words: short text, its tone, and the detail on hover. */
export type SlaWords = { text: string; tone: SlaTone; detail: string };

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/**
 * The clock an incident's row shows, as of `now`: "1 h 20 min left" (near
 * once 75% of the target is used), "Breached 25 min ago", "Paused",
 * "Met" or "Missed" once stopped; nothing without an agreement.
 */
export function slaInWords(
  sla: IncidentSlaSummary | undefined,
  now: Date,
): SlaWords | undefined {
  if (!sla) return undefined;
  const clock = `${slaClockKindLabels[sla.kind]} target`;
  if (sla.phase === 'running' && sla.dueAt) {
    const left = (Date.parse(sla.dueAt) - now.getTime()) / 60_000;
    const detail = `${clock} of ${formatMinutes(sla.targetMinutes)}, due ${when(
      sla.dueAt,
    )}`;
    if (sla.breached || left <= 0) {
      return {
        text: `Breached ${formatMinutes(Math.max(0, -left))} ago`,
        tone: 'over',
        detail,
      };
    }
    const near = !!sla.warnAt && now.getTime() >= Date.parse(sla.warnAt);
    return {
      text: left < 1 ? 'Due now' : `${formatMinutes(left)} left`,
      tone: near ? 'near' : 'ok',
      detail,
    };
  }
  if (sla.phase === 'paused') {
    const left = sla.remainingMinutes ?? 0;
    return {
      text: sla.breached ? 'Paused, breached' : 'Paused',
      tone: sla.breached ? 'over' : 'idle',
      detail:
        left < 0
          ? `${clock} paused, ${formatMinutes(left)} over`
          : `${clock} paused with ${formatMinutes(left)} left`,
    };
  }
  return sla.met === false
    ? { text: 'Missed', tone: 'over', detail: `${clock} missed` }
    : { text: 'Met', tone: 'idle', detail: `${clock} met` };
}
