import { RecordWindow, StoredRecord } from '../../core/model/recordModel';
import { expandWindow, WindowDefinition } from './expandWindow';

/**
 * One entry of the change calendar: a change's or a release's window, or
 * an occurrence of a freeze or maintenance window.
 */
export type CalendarEvent = {
  kind: 'change' | 'release' | 'freeze' | 'maintenance';
  /** Unique within a calendar: a record's ref, a window's source, name and start. */
  id: string;
  title: string;
  start: string;
  end: string;
  /** The entities it is for; none for a window that holds everywhere. */
  entityRefs: string[];
  /** A record's number, state and risk level; a change's model. */
  ref?: string;
  state?: string;
  model?: string;
  risk?: string;
  /** A window's source: `config` or the entity that declares it. */
  source?: string;
};

const kindOrder: Record<CalendarEvent['kind'], number> = {
  freeze: 0,
  maintenance: 1,
  change: 2,
  release: 3,
};

/**
 * The calendar of a range: the windows of the changes and releases, and
 * every occurrence of the freeze and maintenance windows in it, by start
 * (freezes first on a tie, then maintenance windows, changes and releases
 * by number).
 */
export function buildCalendar(input: {
  range: RecordWindow;
  /** Changes and releases. */
  records: StoredRecord[];
  windows: WindowDefinition[];
}): CalendarEvent[] {
  const records = input.records.flatMap((record): CalendarEvent[] => {
    if (!record.window) return [];
    const risk = (record.fields.risk as { level?: unknown } | undefined)?.level;
    return [
      {
        kind: record.type === 'release' ? 'release' : 'change',
        id: record.ref,
        title: record.title,
        start: record.window.start,
        end: record.window.end,
        entityRefs: record.entityRefs,
        ref: record.ref,
        state: record.state,
        ...(typeof record.fields.model === 'string'
          ? { model: record.fields.model }
          : {}),
        ...(typeof risk === 'string' ? { risk } : {}),
      },
    ];
  });
  const windows = input.windows.flatMap(window =>
    expandWindow(window, input.range).map(
      (occurrence): CalendarEvent => ({
        kind: occurrence.kind,
        id: `${occurrence.kind}:${occurrence.source}:${occurrence.name}:${occurrence.start}`,
        title: occurrence.name,
        start: occurrence.start,
        end: occurrence.end,
        entityRefs: occurrence.entityRefs ?? [],
        source: occurrence.source,
      }),
    ),
  );
  return [...windows, ...records].sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
}
