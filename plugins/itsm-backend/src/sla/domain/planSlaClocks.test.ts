import fc from 'fast-check';
import { SlaClock } from '../../core/model/slaClockModel';
import {
  ALWAYS,
  BusinessCalendar,
  minutes,
  workingTimeBetween,
} from './businessTime';
import { moveSlaClock, startSlaClocks } from './planSlaClocks';
import { SlaAgreement } from './selectSla';

const nineToFive = [{ start: 9 * 60, end: 17 * 60 }];
const office: BusinessCalendar = {
  id: 'eu-office',
  timeZone: 'Europe/Berlin',
  week: {
    1: nineToFive,
    2: nineToFive,
    3: nineToFive,
    4: nineToFive,
    5: nineToFive,
  },
  holidays: new Set(),
};
const calendars = new Map([
  [office.id, office],
  [ALWAYS.id, ALWAYS],
]);

const gold: SlaAgreement = {
  id: 'gold',
  name: 'Gold',
  entityRefs: [],
  systemRefs: [],
  categories: [],
  objectives: {
    P1: { response: 15, restore: 240, calendar: ALWAYS },
    P2: { response: 60, restore: 480, calendar: office },
  },
};

const context = (now: string) => ({
  now,
  calendarOf: (id: string) => calendars.get(id),
});

// Friday 27 Nov 2026, 16:00 in Berlin.
const opened = '2026-11-27T15:00:00.000Z';

function start(priority = 'P2') {
  const [response, restore] = startSlaClocks({
    agreement: gold,
    priority,
    state: 'new',
    context: context(opened),
  });
  return { response, restore };
}

const move = (
  clock: SlaClock,
  now: string,
  state: string,
  extra: { priority?: string; responded?: boolean } = {},
) =>
  moveSlaClock(clock, {
    state,
    responded: extra.responded ?? false,
    priority: extra.priority ?? clock.priority,
    agreement: gold,
    context: context(now),
  });

describe('SLA clocks, checked by hand', () => {
  it('starts response and restore with warnings and due times in office hours', () => {
    const { response, restore } = start();
    expect(restore).toMatchObject({
      kind: 'restore',
      agreementId: 'gold',
      priority: 'P2',
      calendarId: 'eu-office',
      targetMinutes: 480,
      phase: 'running',
      elapsedMs: 0,
      crossed: 0,
      // 1 h on Friday, then Monday from 09:00 Berlin.
      warn50At: '2026-11-30T11:00:00.000Z',
      warn75At: '2026-11-30T13:00:00.000Z',
      dueAt: '2026-11-30T15:00:00.000Z',
      nextThresholdAt: '2026-11-30T11:00:00.000Z',
    });
    expect(response).toMatchObject({
      targetMinutes: 60,
      dueAt: '2026-11-27T16:00:00.000Z',
    });
  });

  it('stops the response clock when accepted or answered, for good', () => {
    const { response } = start();
    const answered = move(response, '2026-11-27T15:20:00.000Z', 'new', {
      responded: true,
    });
    expect(answered).toMatchObject({
      phase: 'stopped',
      elapsedMs: minutes(20),
      met: true,
    });
    expect(answered.dueAt).toBeUndefined();
    expect(
      move(answered, '2026-11-30T10:00:00.000Z', 'in_progress').phase,
    ).toBe('stopped');
    expect(
      move(response, '2026-11-30T09:30:00.000Z', 'accepted'),
    ).toMatchObject(
      // Friday 16:00-17:00 and Monday 09:00-10:30 Berlin.
      { phase: 'stopped', elapsedMs: minutes(150), met: false },
    );
  });

  it('pauses on hold and takes the time on hold off the due time', () => {
    const { restore } = start();
    // Monday 10:00 Berlin: 2 h counted; on hold until Tuesday 10:00.
    const held = move(restore, '2026-11-30T09:00:00.000Z', 'on_hold');
    expect(held).toMatchObject({ phase: 'paused', elapsedMs: minutes(120) });
    expect(held.dueAt).toBeUndefined();
    expect(held.nextThresholdAt).toBeUndefined();
    const resumed = move(held, '2026-12-01T09:00:00.000Z', 'in_progress');
    expect(resumed).toMatchObject({
      phase: 'running',
      elapsedMs: minutes(120),
      // 6 h left from Tuesday 10:00 Berlin.
      dueAt: '2026-12-01T15:00:00.000Z',
      idle: [
        {
          start: '2026-11-30T09:00:00.000Z',
          end: '2026-12-01T09:00:00.000Z',
          reason: 'paused',
        },
      ],
    });
  });

  it('stops when resolved, judged against its target, and runs again on reopening', () => {
    const { restore } = start();
    const resolved = move(restore, '2026-11-30T12:00:00.000Z', 'resolved');
    expect(resolved).toMatchObject({
      phase: 'stopped',
      elapsedMs: minutes(300),
      met: true,
    });
    const reopened = move(resolved, '2026-12-02T09:00:00.000Z', 'in_progress');
    expect(reopened).toMatchObject({
      phase: 'running',
      elapsedMs: minutes(300),
      // 3 h left from Wednesday 10:00 Berlin.
      dueAt: '2026-12-02T12:00:00.000Z',
    });
    expect(reopened.met).toBeUndefined();
  });

  it('recomputes the due times from the original start when the priority changes', () => {
    const { restore } = start();
    // Raised to P1 (4 h around the clock) on Monday: due Friday 20:00 Berlin.
    const raised = move(restore, '2026-11-30T08:00:00.000Z', 'in_progress', {
      priority: 'P1',
    });
    expect(raised).toMatchObject({
      priority: 'P1',
      calendarId: '24x7',
      targetMinutes: 240,
      dueAt: '2026-11-27T19:00:00.000Z',
      nextThresholdAt: '2026-11-27T17:00:00.000Z',
      elapsedMs: minutes(65 * 60),
    });
  });

  it('keeps counting, without a target, under a priority the agreement does not cover', () => {
    const { restore } = start();
    const lowered = move(restore, '2026-11-30T09:00:00.000Z', 'in_progress', {
      priority: 'P4',
    });
    expect(lowered).toMatchObject({
      targetMinutes: null,
      elapsedMs: minutes(120),
    });
    expect(lowered.dueAt).toBeUndefined();
    expect(lowered.nextThresholdAt).toBeUndefined();
  });

  it('stands during approved maintenance windows, also across a hold', () => {
    const [, restore] = startSlaClocks({
      agreement: gold,
      priority: 'P2',
      state: 'new',
      // Monday 09:00-11:00 Berlin.
      maintenance: [
        { start: '2026-11-30T08:00:00.000Z', end: '2026-11-30T10:00:00.000Z' },
      ],
      context: context(opened),
    });
    // 1 h on Friday, Monday from 11:00 to 17:00 (the window takes the
    // first two hours), the last hour on Tuesday: due 10:00 Berlin.
    expect(restore.dueAt).toBe('2026-12-01T09:00:00.000Z');
    // On hold at Monday 13:00 Berlin for an hour: 3 h counted so far.
    const held = move(restore, '2026-11-30T12:00:00.000Z', 'on_hold');
    expect(held.elapsedMs).toBe(minutes(180));
    const resumed = move(held, '2026-11-30T13:00:00.000Z', 'in_progress');
    expect(resumed.idle.map(span => span.reason)).toEqual([
      'maintenance',
      'paused',
    ]);
    expect(resumed.idle[1].end).toBe('2026-11-30T13:00:00.000Z');
    expect(resumed.dueAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('names the next threshold not yet crossed', () => {
    const { restore } = start();
    const crossed = move(
      { ...restore, crossed: 50 },
      '2026-11-30T11:30:00.000Z',
      'in_progress',
    );
    expect(crossed.nextThresholdAt).toBe(crossed.warn75At);
  });
});

describe('SLA clocks, for all holds and resumptions', () => {
  it('counts exactly the working time it ran, and falls due when the rest has run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 * 24 * 60 }), {
          minLength: 1,
          maxLength: 8,
        }),
        steps => {
          let { restore: clock } = start();
          let at = Date.parse(opened);
          let running = 0;
          steps.forEach((step, i) => {
            const next = at + minutes(step);
            if (i % 2 === 0) {
              running += workingTimeBetween(office, at, next);
            }
            at = next;
            const state = i % 2 === 0 ? 'on_hold' : 'in_progress';
            clock = move(clock, new Date(at).toISOString(), state);
          });
          expect(clock.elapsedMs).toBe(running);
          // Running with time left: exactly that time is left until due.
          const left =
            clock.phase === 'running' && running < minutes(480)
              ? workingTimeBetween(office, at, Date.parse(clock.dueAt!))
              : minutes(480) - running;
          expect(left).toBe(minutes(480) - running);
        },
      ),
      { numRuns: 200 },
    );
  });
});
