import { SlaClock as SlaClockResponse } from '@backstage-itsm/plugin-itsm-common';
import { SlaClockView } from '../services/SlaClockReader';

const toMinutes = (ms: number) => Math.round(ms / 600) / 100;

/** A clock as the API shows it: minutes rather than milliseconds. */
export function presentSlaClock(clock: SlaClockView): SlaClockResponse {
  return {
    kind: clock.kind,
    agreement: {
      id: clock.agreementId,
      name: clock.agreement?.name ?? clock.agreementId,
    },
    priority: clock.priority,
    calendar: clock.calendarId,
    targetMinutes: clock.targetMinutes,
    phase: clock.phase,
    startedAt: clock.startedAt,
    elapsedMinutes: toMinutes(clock.elapsedMs),
    ...(clock.remainingMs === undefined
      ? {}
      : { remainingMinutes: toMinutes(clock.remainingMs) }),
    ...(clock.warn50At ? { warn50At: clock.warn50At } : {}),
    ...(clock.warn75At ? { warn75At: clock.warn75At } : {}),
    ...(clock.dueAt ? { dueAt: clock.dueAt } : {}),
    crossed: clock.crossed,
    ...(clock.breachedAt ? { breachedAt: clock.breachedAt } : {}),
    ...(clock.met === undefined ? {} : { met: clock.met }),
    idle: clock.idle,
  };
}
