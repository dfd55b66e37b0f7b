import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addWorkingTime,
  ALWAYS,
  BusinessCalendar,
  minutes,
  Span,
  Weekday,
  workingSpans,
  workingTimeBetween,
} from './businessTime';

const nineToFive = [{ start: 9 * 60, end: 17 * 60 }];

/** Monday to Friday, 09:00-17:00 in Berlin, Christmas off. */
const berlin: BusinessCalendar = {
  id: 'eu-office',
  timeZone: 'Europe/Berlin',
  week: {
    1: nineToFive,
    2: nineToFive,
    3: nineToFive,
    4: nineToFive,
    5: nineToFive,
  },
  holidays: new Set(['2026-12-24', '2026-12-25', '2026-12-26']),
};

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('business time, checked by hand', () => {
  it('carries a Friday afternoon over the weekend', () => {
    // Friday 2026-11-27 16:00 Berlin (15:00Z) + 2 h = Monday 10:00 (09:00Z).
    expect(
      iso(addWorkingTime(berlin, at('2026-11-27T15:00:00Z'), minutes(120))),
    ).toBe('2026-11-30T09:00:00.000Z');
  });

  it('starts counting at the opening when reported at night', () => {
    // Tuesday 03:00 Berlin + 30 min = Tuesday 09:30 Berlin (08:30Z).
    expect(
      iso(addWorkingTime(berlin, at('2026-12-01T02:00:00Z'), minutes(30))),
    ).toBe('2026-12-01T08:30:00.000Z');
  });

  it('skips holidays', () => {
    // Wednesday 23 Dec 16:00 + 4 h: 1 h that day, then 24-26 are off and
    // 27 is a Sunday, so Monday 28 Dec 12:00 Berlin (11:00Z).
    expect(
      iso(addWorkingTime(berlin, at('2026-12-23T15:00:00Z'), minutes(240))),
    ).toBe('2026-12-28T11:00:00.000Z');
  });

  it('keeps office hours on the wall clock across daylight-saving changes', () => {
    // Friday 27 Mar 2026 16:00 CET (15:00Z) + 2 h: clocks go forward on
    // Sunday, so Monday 10:00 is 08:00Z.
    expect(
      iso(addWorkingTime(berlin, at('2026-03-27T15:00:00Z'), minutes(120))),
    ).toBe('2026-03-30T08:00:00.000Z');
    // And back in October: Monday 26 Oct 10:00 CET is 09:00Z.
    expect(
      iso(addWorkingTime(berlin, at('2026-10-23T14:00:00Z'), minutes(120))),
    ).toBe('2026-10-26T09:00:00.000Z');
  });

  it('counts real hours around the clock, whatever the local clocks do', () => {
    const newYork: BusinessCalendar = {
      ...ALWAYS,
      timeZone: 'America/New_York',
    };
    // 8 March 2026: 02:00 local does not exist; 4 h after 00:00 EST is
    // 05:00 EDT, which is 09:00Z.
    expect(
      iso(addWorkingTime(newYork, at('2026-03-08T05:00:00Z'), minutes(240))),
    ).toBe('2026-03-08T09:00:00.000Z');
  });

  it('counts no time for working hours the wall clock skips', () => {
    // 8 March 2026 in New York: 02:00-02:30 is never read; 01:30-02:30
    // lasts the half hour before the clocks jump to 03:00.
    const sunday = (periods: { start: number; end: number }[]) => ({
      ...ALWAYS,
      timeZone: 'America/New_York',
      week: { 7: periods },
    });
    const from = at('2026-03-08T05:00:00Z');
    const to = at('2026-03-09T05:00:00Z');
    expect(
      workingTimeBetween(sunday([{ start: 120, end: 150 }]), from, to),
    ).toBe(0);
    expect(
      workingTimeBetween(sunday([{ start: 90, end: 150 }]), from, to),
    ).toBe(minutes(30));
  });

  it('keeps counting from midnight after a night whose midnight is skipped', () => {
    // Santiago skips Sunday 6 Sep 2026 00:00 (to 01:00). A Monday period
    // 00:00-00:30 still starts at midnight on the Monday after.
    const santiago: BusinessCalendar = {
      id: 'cl',
      timeZone: 'America/Santiago',
      week: { 1: [{ start: 0, end: 30 }] },
      holidays: new Set(),
    };
    const monday = DateTime.fromISO('2026-09-07T00:00', {
      zone: 'America/Santiago',
    }).toMillis();
    const from = DateTime.fromISO('2026-09-05T12:00', {
      zone: 'America/Santiago',
    }).toMillis();
    expect(addWorkingTime(santiago, from, 1)).toBe(monday + 1);
    expect(workingTimeBetween(santiago, from, monday + 1)).toBe(1);
  });

  it('gives a 23-hour local day 23 hours of a 24x7 calendar', () => {
    const day = DateTime.fromISO('2026-03-29T00:00', { zone: 'Europe/Berlin' });
    const calendar = { ...ALWAYS, timeZone: 'Europe/Berlin' };
    expect(
      workingTimeBetween(
        calendar,
        day.toMillis(),
        day.plus({ days: 1 }).toMillis(),
      ),
    ).toBe(minutes(23 * 60));
  });

  it('stops the clock during an excluded maintenance window', () => {
    // Monday 30 Nov 09:00-17:00 Berlin with 10:00-12:00 excluded: 4 h of
    // work from 09:00 end at 15:00 (14:00Z).
    const window: Span = {
      start: at('2026-11-30T09:00:00Z'),
      end: at('2026-11-30T11:00:00Z'),
    };
    expect(
      iso(
        addWorkingTime(berlin, at('2026-11-30T08:00:00Z'), minutes(240), [
          window,
        ]),
      ),
    ).toBe('2026-11-30T14:00:00.000Z');
  });

  it('measures nothing for a range outside working time, and refuses a calendar with none', () => {
    expect(
      workingTimeBetween(
        berlin,
        at('2026-11-28T08:00:00Z'),
        at('2026-11-29T20:00:00Z'),
      ),
    ).toBe(0);
    const closed = { ...berlin, week: {} };
    expect(workingTimeBetween(closed, 0, minutes(60))).toBe(0);
    expect(() => addWorkingTime(closed, 0, minutes(1))).toThrow(
      /has no working time/,
    );
  });
});

const zones = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'America/Santiago',
];

/** Random calendars: a zone, 1-7 open weekdays with 1-2 periods, holidays. */
const calendars = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), {
      minLength: 1,
      maxLength: 7,
    }),
    periods: fc
      .uniqueArray(fc.integer({ min: 0, max: 48 }), {
        minLength: 2,
        maxLength: 4,
      })
      .map(cuts => cuts.sort((a, b) => a - b).map(cut => cut * 30)),
    holidays: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }),
  })
  .map(({ timeZone, days, periods, holidays }) => {
    const spans: { start: number; end: number }[] = [];
    for (let i = 0; i + 1 < periods.length; i += 2) {
      spans.push({ start: periods[i], end: periods[i + 1] });
    }
    const base = DateTime.fromISO('2026-01-01', { zone: timeZone });
    return {
      id: 'random',
      timeZone,
      week: Object.fromEntries(days.map(day => [day as Weekday, spans])),
      holidays: new Set(holidays.map(n => base.plus({ days: n }).toISODate()!)),
    } as BusinessCalendar;
  });

const instants = fc
  .integer({ min: at('2026-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') })
  .map(ms => ms - (ms % 1000));
// Up to two days: even a calendar open 30 minutes a week has them within
// the three years a clock looks ahead.
const durations = fc.integer({ min: 0, max: minutes(2 * 24 * 60) });
const exclusions = fc.array(
  fc
    .tuple(instants, fc.integer({ min: 1, max: minutes(600) }))
    .map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 3 },
);

describe('business time, day by day', () => {
  it('answers the same from the days it worked out before as from a fresh calendar', () => {
    // Berlin's days are worked out once each: read them again, across the
    // spring change of clocks and a holiday, and compare with a copy.
    const from = at('2026-12-20T10:00:00Z');
    const to = at('2027-04-15T10:00:00Z');
    const first = workingTimeBetween(berlin, from, to);
    const again = workingTimeBetween(berlin, from, to);
    const fresh = workingTimeBetween({ ...berlin }, from, to);
    expect(again).toBe(first);
    expect(fresh).toBe(first);
    expect(addWorkingTime(berlin, from, first)).toBe(
      addWorkingTime({ ...berlin }, from, first),
    );
  });
});

describe('business time, for all calendars', () => {
  it('measures exactly the working time it added', () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        durations,
        exclusions,
        (calendar, from, ms, excluded) => {
          const due = addWorkingTime(calendar, from, ms, excluded);
          expect(due).toBeGreaterThanOrEqual(from);
          expect(workingTimeBetween(calendar, from, due, excluded)).toBe(ms);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adds up: the time from a to b and from b to c is the time from a to c', () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        fc.nat(minutes(3 * 24 * 60)),
        fc.nat(minutes(3 * 24 * 60)),
        (calendar, a, ab, bc) => {
          const b = a + ab;
          const c = b + bc;
          expect(
            workingTimeBetween(calendar, a, b) +
              workingTimeBetween(calendar, b, c),
          ).toBe(workingTimeBetween(calendar, a, c));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never counts a holiday or a closed hour', () => {
    fc.assert(
      fc.property(calendars, instants, (calendar, from) => {
        const taken = [...take(workingSpans(calendar, from), 20)];
        for (const span of taken) {
          const start = DateTime.fromMillis(span.start, {
            zone: calendar.timeZone,
          });
          expect(calendar.holidays.has(start.toISODate()!)).toBe(false);
          const periods = calendar.week[start.weekday as Weekday] ?? [];
          const minute = start.hour * 60 + start.minute;
          expect(periods.some(p => minute >= p.start && minute < p.end)).toBe(
            true,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('runs in real time around the clock, across daylight-saving changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        instants,
        durations,
        (timeZone, from, ms) => {
          expect(addWorkingTime({ ...ALWAYS, timeZone }, from, ms)).toBe(
            from + ms,
          );
        },
      ),
    );
  });

  it('is monotonic: more time to add never ends earlier', () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        durations,
        durations,
        (calendar, from, x, y) => {
          const [less, more] = x <= y ? [x, y] : [y, x];
          expect(addWorkingTime(calendar, from, less)).toBeLessThanOrEqual(
            addWorkingTime(calendar, from, more),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  let n = 0;
  for (const item of items) {
    if (n++ >= count) return;
    yield item;
  }
}
