import { RecordWindow } from '../../core/model/recordModel';
import { expandWindow, WindowDefinition } from './expandWindow';

/**
 * What a change's window runs into: a freeze that covers its entities, another
 * change or release on the same entities or on what depends on them or
 * what they depend on at overlapping times, or (a warning) an entity
 * whose maintenance windows it is outside of.
 */
export type ChangeConflict =
  | {
      kind: 'freeze';
      name: string;
      start: string;
      end: string;
      source: string;
    }
  | {
      kind: 'overlap';
      ref: string;
      title: string;
      start: string;
      end: string;
      /** The entities both touch (theirs that are this one's or related). */
      entityRefs: string[];
    }
  | { kind: 'outside-maintenance'; entityRef: string; windows: string[] };

/** Another change or release with a planned window. */
export type PlannedRecord = {
  ref: string;
  title: string;
  window: RecordWindow;
  entityRefs: string[];
};

const applies = (window: WindowDefinition, scope: string[]) =>
  !window.entityRefs?.length ||
  window.entityRefs.some(ref => scope.includes(ref));

/**
 * The conflicts of a planned window (§5.2, change scheduling). Freeze and
 * maintenance windows apply to an entity when they name it or its system,
 * or name nothing. A change inside no maintenance window of an entity
 * that has some is reported too, as a warning.
 */
export function findChangeConflicts(options: {
  window: RecordWindow;
  /** Each affected entity with the refs windows may name it by (its system). */
  scopes: Record<string, string[]>;
  /** Dependents and dependencies of the affected entities. */
  related: string[];
  windows: WindowDefinition[];
  others: PlannedRecord[];
}): ChangeConflict[] {
  const { window, scopes, related, windows, others } = options;
  const affected = Object.keys(scopes);
  const allScopes = [...new Set(Object.values(scopes).flat())];
  const conflicts: ChangeConflict[] = [];

  for (const freeze of windows.filter(w => w.kind === 'freeze')) {
    if (!applies(freeze, allScopes)) continue;
    for (const o of expandWindow(freeze, window)) {
      conflicts.push({
        kind: 'freeze',
        name: o.name,
        start: o.start,
        end: o.end,
        source: o.source,
      });
    }
  }

  const touched = new Set([...affected, ...related]);
  for (const other of others) {
    const shared = other.entityRefs.filter(ref => touched.has(ref));
    const overlaps =
      Date.parse(other.window.start) < Date.parse(window.end) &&
      Date.parse(other.window.end) > Date.parse(window.start);
    if (shared.length > 0 && overlaps) {
      conflicts.push({
        kind: 'overlap',
        ref: other.ref,
        title: other.title,
        start: other.window.start,
        end: other.window.end,
        entityRefs: shared,
      });
    }
  }

  const maintenance = windows.filter(w => w.kind === 'maintenance');
  for (const entityRef of affected) {
    const own = maintenance.filter(w => applies(w, scopes[entityRef]));
    if (own.length === 0) continue;
    const inside = own.some(w =>
      expandWindow(w, window).some(
        o =>
          Date.parse(o.start) <= Date.parse(window.start) &&
          Date.parse(o.end) >= Date.parse(window.end),
      ),
    );
    if (!inside) {
      conflicts.push({
        kind: 'outside-maintenance',
        entityRef,
        windows: [...new Set(own.map(w => w.name))],
      });
    }
  }
  return conflicts;
}
