import { CatalogWindowReader } from '../catalog/CatalogWindowReader';
import {
  RecordStore,
  RecordWindow,
  StoredRecord,
} from '../../core/database/RecordStore';
import { WindowDefinition } from '../domain/expandWindow';
import {
  ChangeConflict,
  findChangeConflicts,
} from '../domain/findChangeConflicts';
import { ImpactAnalysisService } from '../../cmdb';
import { RequestContext } from '../../core/services/RecordService';

/** Changes whose window still lies ahead or is under way. */
export const PLANNED_CHANGE_STATES = [
  'submitted',
  'accepted',
  'assessed',
  'awaiting_approval',
  'scheduled',
  'implementing',
];

/** Releases that still hold their window. */
export const PLANNED_RELEASE_STATES = [
  'planned',
  'awaiting_approval',
  'approved',
  'ready',
  'rolling_out',
];

/** Other records of each type a check reads, at most. */
const MAX_OTHERS = 100;

/**
 * Checks a change's window against freezes, maintenance windows and the
 * other planned changes and releases on its entities, their dependents
 * and their dependencies (on submission and on scheduling).
 */
export class ChangeConflictChecker {
  constructor(
    private readonly deps: {
      /** The windows configuration defines. */
      windows: WindowDefinition[];
      windowReader: CatalogWindowReader;
      impact: ImpactAnalysisService;
      store: RecordStore;
    },
  ) {}

  async check(
    record: Pick<StoredRecord, 'id' | 'entityRefs'> & { window: RecordWindow },
    ctx: RequestContext,
  ): Promise<{ conflicts: ChangeConflict[]; problems: string[] }> {
    const { windowReader, impact, store } = this.deps;
    const { credentials } = ctx;
    const entityRefs = record.entityRefs;
    if (entityRefs.length === 0) {
      return { conflicts: [], problems: [] };
    }
    const [declared, downstream, upstream] = await Promise.all([
      windowReader.windowsFor(entityRefs, credentials),
      impact.analyze({ entityRefs, depth: 1 }, credentials),
      impact.analyze(
        { entityRefs, depth: 1, direction: 'upstream' },
        credentials,
      ),
    ]);
    const related = [
      ...new Set(
        [...downstream.impacted, ...upstream.impacted].map(e => e.entityRef),
      ),
    ];
    const planned = (type: 'change' | 'release', states: string[]) =>
      store.listRecords({
        type,
        states,
        anyOfEntityRefs: [...entityRefs, ...related],
        windowOverlaps: record.window,
        sort: 'newest',
        limit: MAX_OTHERS,
        filter: ctx.access?.read,
      });
    const [changes, releases] = await Promise.all([
      planned('change', PLANNED_CHANGE_STATES),
      planned('release', PLANNED_RELEASE_STATES),
    ]);
    const records = [...changes.records, ...releases.records];
    return {
      conflicts: findChangeConflicts({
        window: record.window,
        scopes: declared.scopes,
        related,
        windows: [...this.deps.windows, ...declared.windows],
        others: records
          .filter(r => r.id !== record.id && r.window)
          .map(r => ({
            ref: r.ref,
            title: r.title,
            window: r.window!,
            entityRefs: r.entityRefs,
          })),
      }),
      problems: declared.problems,
    };
  }
}
