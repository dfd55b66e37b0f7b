import {
  Priority,
  priorities,
  SlaAgreementView,
  SlaClock as SlaClockResponse,
  SlaReview,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredSlaReview } from '../database/SlaReviewStore';
import { SlaAgreement, SlaMatch } from '../domain/selectSla';
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

/** An agreement as an entity's page shows it: its objectives per priority. */
export function presentSlaAgreement(
  entityRef: string,
  agreement: SlaAgreement,
  match: SlaMatch,
): SlaAgreementView {
  return {
    entityRef,
    id: agreement.id,
    name: agreement.name,
    match,
    ...(agreement.satisfactionTarget === undefined
      ? {}
      : { satisfactionTarget: agreement.satisfactionTarget }),
    objectives: priorities.flatMap(priority => {
      const objective = agreement.objectives[priority as Priority];
      return objective
        ? [
            {
              priority,
              ...(objective.response === undefined
                ? {}
                : { responseMinutes: objective.response }),
              ...(objective.restore === undefined
                ? {}
                : { restoreMinutes: objective.restore }),
              calendar: objective.calendar.id,
            },
          ]
        : [];
    }),
  };
}

/** A review of an agreement. */
export function presentSlaReview(review: StoredSlaReview): SlaReview {
  return {
    ...review,
    decision: review.decision as SlaReview['decision'],
  };
}
