import fc from 'fast-check';
import { checkRrule, expandWindow, WindowDefinition } from './expandWindow';

const fridayFreeze: WindowDefinition = {
  name: 'Weekend freeze',
  kind: 'freeze',
  // Friday 2026-11-27 16:00 UTC to Monday 08:00.
  start: '2026-11-27T16:00:00.000Z',
  durationMinutes: 64 * 60,
  rrule: 'FREQ=WEEKLY;BYDAY=FR',
  source: 'config',
};

describe('expandWindow', () => {
  it('gives each weekly occurrence overlapping the range', () => {
    expect(
      expandWindow(fridayFreeze, {
        start: '2026-11-30T07:00:00.000Z',
        end: '2026-12-12T00:00:00.000Z',
      }).map(o => [o.start, o.end]),
    ).toEqual([
      // The one that started before the range and still runs.
      ['2026-11-27T16:00:00.000Z', '2026-11-30T08:00:00.000Z'],
      ['2026-12-04T16:00:00.000Z', '2026-12-07T08:00:00.000Z'],
      ['2026-12-11T16:00:00.000Z', '2026-12-14T08:00:00.000Z'],
    ]);
  });

  it('treats the ends as exclusive: touching is not overlapping', () => {
    expect(
      expandWindow(fridayFreeze, {
        start: '2026-11-30T08:00:00.000Z',
        end: '2026-12-04T16:00:00.000Z',
      }),
    ).toEqual([]);
  });

  it('gives a one-off window once, when it overlaps', () => {
    const yearEnd: WindowDefinition = {
      name: 'Year end',
      kind: 'freeze',
      start: '2026-12-20T00:00:00.000Z',
      durationMinutes: 14 * 24 * 60,
      source: 'config',
    };
    expect(
      expandWindow(yearEnd, {
        start: '2027-01-02T23:00:00.000Z',
        end: '2027-01-03T01:00:00.000Z',
      }),
    ).toEqual([
      {
        name: 'Year end',
        kind: 'freeze',
        source: 'config',
        start: '2026-12-20T00:00:00.000Z',
        end: '2027-01-03T00:00:00.000Z',
      },
    ]);
    expect(
      expandWindow(yearEnd, {
        start: '2027-01-03T00:00:00.000Z',
        end: '2027-01-04T00:00:00.000Z',
      }),
    ).toEqual([]);
  });

  it('finds an occurrence exactly when a recurring window overlaps the range (property)', () => {
    const daily: WindowDefinition = {
      name: 'Nightly',
      kind: 'maintenance',
      start: '2026-01-01T01:00:00.000Z',
      durationMinutes: 120,
      rrule: 'FREQ=DAILY',
      source: 'config',
    };
    const hour = 3600_000;
    const base = Date.parse('2026-06-01T00:00:00.000Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 * 30 }),
        fc.integer({ min: 1, max: 48 }),
        (startHour, hours) => {
          const from = base + startHour * hour;
          const to = from + hours * hour;
          const found = expandWindow(daily, {
            start: new Date(from).toISOString(),
            end: new Date(to).toISOString(),
          });
          // By hand: every day's 01:00-03:00 that overlaps [from, to).
          let expected = 0;
          for (let day = base - 24 * hour; day < to; day += 24 * hour) {
            const s = day + hour;
            if (s < to && s + 2 * hour > from) expected++;
          }
          return found.length === expected;
        },
      ),
    );
  });
});

describe('checkRrule', () => {
  it('accepts an RRULE and says what is wrong with text that is not one', () => {
    expect(
      checkRrule('FREQ=WEEKLY;BYDAY=FR', '2026-01-02T16:00:00Z'),
    ).toBeUndefined();
    expect(checkRrule('EVERY=FRIDAY', '2026-01-02T16:00:00Z')).toMatch(
      /^'EVERY=FRIDAY' is not an iCalendar RRULE/,
    );
  });
});
