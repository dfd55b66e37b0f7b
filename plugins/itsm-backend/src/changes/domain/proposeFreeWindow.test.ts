import fc from 'fast-check';
import { BusyInterval, proposeFreeWindow } from './proposeFreeWindow';

const at = (minutes: number) =>
  new Date(Date.UTC(2026, 11, 1) + minutes * 60_000).toISOString();
const minutesOf = (iso: string) =>
  (Date.parse(iso) - Date.UTC(2026, 11, 1)) / 60_000;

const busy = (
  kind: BusyInterval['kind'],
  from: number,
  to: number,
): BusyInterval => ({
  kind,
  title: `${kind} ${from}`,
  start: at(from),
  end: at(to),
});

describe('proposeFreeWindow', () => {
  it('steps over a freeze, then a change that starts as the freeze ends', () => {
    const proposal = proposeFreeWindow({
      after: at(0),
      durationMinutes: 120,
      busy: [busy('freeze', 60, 600), busy('change', 600, 660)],
      until: at(10_000),
    });
    expect(proposal).toEqual({
      window: { start: at(660), end: at(780) },
      avoided: [busy('freeze', 60, 600), busy('change', 600, 660)],
    });
  });

  it('fits a window into a gap that is long enough, and ends may touch', () => {
    expect(
      proposeFreeWindow({
        after: at(0),
        durationMinutes: 60,
        busy: [busy('release', 0, 100), busy('release', 160, 400)],
        until: at(10_000),
      })?.window,
    ).toEqual({ start: at(100), end: at(160) });
  });

  it('says there is none when the horizon is full', () => {
    expect(
      proposeFreeWindow({
        after: at(0),
        durationMinutes: 60,
        busy: [busy('freeze', 0, 1000)],
        until: at(1000),
      }),
    ).toBeUndefined();
  });

  it('proposes the earliest start that overlaps nothing (property)', () => {
    const interval = fc
      .tuple(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 500 }),
      )
      .map(([from, length]) => busy('change', from, from + length));
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 300 }),
        (intervals, after, duration) => {
          const proposal = proposeFreeWindow({
            after: at(after),
            durationMinutes: duration,
            busy: intervals,
            until: at(100_000),
          });
          expect(proposal).toBeDefined();
          const start = minutesOf(proposal!.window.start);
          const overlaps = (s: number) =>
            intervals.some(
              b => minutesOf(b.start) < s + duration && minutesOf(b.end) > s,
            );
          expect(start).toBeGreaterThanOrEqual(after);
          expect(overlaps(start)).toBe(false);
          // No earlier whole-minute start is free.
          for (let s = after; s < start; s++) {
            expect(overlaps(s)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
