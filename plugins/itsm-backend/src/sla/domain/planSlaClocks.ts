import {
  slaClockKinds,
  slaClockPhase,
  SlaClockPhase,
  slaThresholds,
} from '@backstage-itsm/plugin-itsm-common';
import { SlaClock, SlaIdleSpan } from '../../core/model/slaClockModel';
import {
  addWorkingTime,
  BusinessCalendar,
  minutes,
  Span,
  workingTimeBetween,
} from './businessTime';
import { SlaAgreement } from './selectSla';

/** What moving clocks needs besides the clocks. */
export type SlaClockContext = {
  now: string;
  /** The business calendars by id (from configuration). */
  calendarOf: (id: string) => BusinessCalendar | undefined;
  /** Approved maintenance windows of the incident's entities: no time counts. */
  excluded?: Span[];
};

/**
 * The clocks a new incident starts under its agreement (§8.1): response
 * and restore, counting from its creation against the targets for its
 * priority, each in its objective's calendar.
 */
export function startSlaClocks(options: {
  agreement: SlaAgreement;
  priority: string;
  state: string;
  /** Approved maintenance windows ahead: the clocks stand during them. */
  maintenance?: { start: string; end: string }[];
  context: SlaClockContext;
}): SlaClock[] {
  const { agreement, priority, state, context } = options;
  const maintenance = (options.maintenance ?? []).map(
    (window): SlaIdleSpan => ({ ...window, reason: 'maintenance' }),
  );
  return slaClockKinds.map(kind =>
    moveSlaClock(
      {
        kind,
        agreementId: agreement.id,
        priority,
        calendarId: '',
        targetMinutes: null,
        startedAt: context.now,
        phase: 'running',
        idle: maintenance,
        elapsedMs: 0,
        crossed: 0,
        updatedAt: context.now,
      },
      { state, responded: false, priority, agreement, retarget: true, context },
    ),
  );
}

/**
 * A clock after its incident changed (§8.2 exceptions): it stands (on
 * hold) or stops (resolved, or answered) and runs again by the rule of
 * `slaClockPhase`; a new priority, or `retarget`, takes the agreement's
 * target and calendar for it, counted from the original start. Its
 * elapsed time, warnings and due time are worked out again.
 */
export function moveSlaClock(
  clock: SlaClock,
  options: {
    state: string;
    /** Whether an agent has just replied publicly (stops response). */
    responded: boolean;
    priority: string;
    agreement?: SlaAgreement;
    retarget?: boolean;
    context: SlaClockContext;
  },
): SlaClock {
  const { context } = options;
  const now = context.now;
  let next: SlaClock = { ...clock, idle: [...clock.idle], updatedAt: now };

  // A response happens once: a stopped response clock stays stopped.
  const phase: SlaClockPhase =
    clock.kind === 'response' && clock.phase === 'stopped'
      ? 'stopped'
      : slaClockPhase(clock.kind, options.state, options.responded);
  next = withPhase(next, phase, now);

  if (
    options.agreement &&
    (options.retarget || options.priority !== clock.priority)
  ) {
    const objective =
      options.agreement.objectives[
        options.priority as keyof SlaAgreement['objectives']
      ];
    next.priority = options.priority;
    next.targetMinutes = objective?.[clock.kind] ?? null;
    next.calendarId = objective?.calendar.id ?? next.calendarId;
  }
  return measureSlaClock(next, context);
}

/** The clock in `phase` from `now`: its standing span opened, changed or closed. */
function withPhase(clock: SlaClock, phase: SlaClockPhase, now: string) {
  if (phase === clock.phase) return clock;
  const idle = clock.idle;
  const open = idle.findIndex(span => span.end === undefined);
  if (phase === 'running') {
    if (open >= 0) idle[open] = { ...idle[open], end: now };
  } else if (open >= 0) {
    idle[open] = { ...idle[open], reason: phase };
  } else {
    idle.push({ start: now, reason: phase });
  }
  return { ...clock, phase, idle };
}

const SLA_THRESHOLD_FIELDS = {
  50: 'warn50At',
  75: 'warn75At',
  100: 'dueAt',
} as const;

/**
 * Works the clock's times out again, as of `context.now` (also to show a
 * running clock's time so far): the working time counted from its
 * start to now (less the idle spans and excluded windows) and, while it
 * runs towards a target, when it reaches 50%, 75% and 100% of it and so
 * when it crosses the next threshold it has not crossed yet. A stopped
 * clock is judged: met when it counted no more than its target.
 */
export function measureSlaClock(
  clock: SlaClock,
  context: SlaClockContext,
): SlaClock {
  const calendar = context.calendarOf(clock.calendarId);
  const next: SlaClock = { ...clock };
  delete next.warn50At;
  delete next.warn75At;
  delete next.dueAt;
  delete next.nextThresholdAt;
  delete next.met;
  if (!calendar) return next;

  const now = Date.parse(context.now);
  const start = Date.parse(clock.startedAt);
  const standing = spansOf(clock.idle, now);
  const excluded = [...standing, ...(context.excluded ?? [])];
  next.elapsedMs = workingTimeBetween(calendar, start, now, excluded);
  if (clock.targetMinutes === null) return next;

  const target = minutes(clock.targetMinutes);
  if (clock.phase === 'stopped') {
    next.met = next.elapsedMs <= target;
    return next;
  }
  if (clock.phase !== 'running') return next;
  for (const threshold of slaThresholds) {
    const at = new Date(
      addWorkingTime(calendar, start, (target * threshold) / 100, excluded),
    ).toISOString();
    next[SLA_THRESHOLD_FIELDS[threshold]] = at;
    if (threshold > clock.crossed && next.nextThresholdAt === undefined) {
      next.nextThresholdAt = at;
    }
  }
  return next;
}

/** The idle spans as instants, an open one lasting until `now`. */
function spansOf(idle: SlaIdleSpan[], now: number): Span[] {
  return idle.map(span => ({
    start: Date.parse(span.start),
    end: span.end === undefined ? now : Date.parse(span.end),
  }));
}
