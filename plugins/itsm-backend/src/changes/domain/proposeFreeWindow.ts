import { RecordWindow } from '../../core/model/recordModel';

/** Something that holds a time: a freeze, another release or a change. */
export type BusyInterval = {
  kind: 'freeze' | 'release' | 'change';
  title: string;
  ref?: string;
  start: string;
  end: string;
};

/** The earliest free window, and what was stepped over to find it. */
export type FreeWindowProposal = {
  window: RecordWindow;
  /** The intervals that pushed the window later, in order. */
  avoided: BusyInterval[];
};

/**
 * The earliest window of `durationMinutes` starting at or after `after`
 * that overlaps none of the busy intervals (end exclusive), looking no
 * further than `until`; undefined when there is none. Each interval that
 * overlaps a candidate moves it to that interval's end, so the answer is
 * the earliest free start.
 */
export function proposeFreeWindow(options: {
  after: string;
  durationMinutes: number;
  busy: BusyInterval[];
  until: string;
}): FreeWindowProposal | undefined {
  const length = options.durationMinutes * 60_000;
  const limit = Date.parse(options.until);
  const busy = options.busy
    .map(b => ({ ...b, from: Date.parse(b.start), to: Date.parse(b.end) }))
    .sort((a, b) => a.from - b.from);
  const avoided: BusyInterval[] = [];
  const blockingAt = (from: number) =>
    busy.filter(b => b.from < from + length && b.to > from);
  let start = Date.parse(options.after);
  for (;;) {
    if (start + length > limit) return undefined;
    const end = start + length;
    const blocking = blockingAt(start);
    if (blocking.length === 0) {
      return {
        window: {
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
        },
        avoided,
      };
    }
    for (const b of blocking) {
      if (
        !avoided.some(
          a => a === b || (a.title === b.title && a.start === b.start),
        )
      ) {
        const { from: _from, to: _to, ...interval } = b;
        avoided.push(interval);
      }
    }
    start = Math.max(...blocking.map(b => b.to));
  }
}
