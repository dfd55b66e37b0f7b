import { InputError } from '@backstage/errors';
import { CatalogWindowReader } from '../../changes';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { StoredRecord } from '../../core/database/RecordStore';
import { expandWindow, WindowDefinition } from '../../changes';
import {
  BusyInterval,
  FreeWindowProposal,
  proposeFreeWindow,
} from '../../changes';
import { PLANNED_CHANGE_STATES, PLANNED_RELEASE_STATES } from '../../changes';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/** How far ahead a free window is looked for. */
const HORIZON_DAYS = 90;

/** Others read per kind, at most. */
const MAX_OTHERS = 100;

/**
 * Proposes when to release (§7.1, "Schedule release"): the earliest window
 * of the asked length that falls in no freeze of the entity (its own, its
 * system's, configuration's) and overlaps no other planned release or
 * change on the same scope (the entity and its system).
 */
export class ReleaseScheduler {
  constructor(
    private readonly deps: {
      records: RecordService;
      /** The windows configuration defines. */
      windows: WindowDefinition[];
      windowReader: CatalogWindowReader;
      now?: () => Date;
    },
  ) {}

  async proposeWindow(
    query: { entityRef?: string; durationMinutes?: number; after?: string },
    ctx: RequestContext,
  ): Promise<FreeWindowProposal> {
    const entityRef = normalizeEntityRef(query.entityRef ?? '', 'entityRef');
    const duration = Number(query.durationMinutes ?? 120);
    if (!Number.isInteger(duration) || duration < 5 || duration > 7 * 24 * 60) {
      throw new InputError(
        'durationMinutes must be a whole number of minutes from 5 to 10080 (a week)',
      );
    }
    const after = this.startFrom(query.after);
    const range = {
      start: new Date(after).toISOString(),
      end: new Date(after + HORIZON_DAYS * 86_400_000).toISOString(),
    };
    const declared = await this.deps.windowReader.windowsFor(
      [entityRef],
      ctx.credentials,
    );
    if (declared.missing.length > 0) {
      throw new InputError(
        `entityRef '${query.entityRef}' is not in the catalog`,
      );
    }
    const scope = declared.scopes[entityRef];
    const freezes = [...this.deps.windows, ...declared.windows]
      .filter(
        w =>
          w.kind === 'freeze' &&
          (!w.entityRefs?.length || w.entityRefs.some(r => scope.includes(r))),
      )
      .flatMap(w => expandWindow(w, range))
      .map(
        (o): BusyInterval => ({
          kind: 'freeze',
          title: o.name,
          start: o.start,
          end: o.end,
        }),
      );
    const [releases, changes] = await Promise.all([
      this.planned('release', PLANNED_RELEASE_STATES, scope, range, ctx),
      this.planned('change', PLANNED_CHANGE_STATES, scope, range, ctx),
    ]);
    const proposal = proposeFreeWindow({
      after: range.start,
      durationMinutes: duration,
      busy: [...freezes, ...releases, ...changes],
      until: range.end,
    });
    if (!proposal) {
      throw new InputError(
        `There is no free window of ${duration} minutes for ${entityRef} in the next ${HORIZON_DAYS} days`,
      );
    }
    return proposal;
  }

  /** `after`, or the next full hour from now. */
  private startFrom(after: string | undefined): number {
    if (after !== undefined) {
      const instant = Date.parse(after);
      if (Number.isNaN(instant)) {
        throw new InputError(
          'after must be a date and time, e.g. 2026-12-01T08:00:00Z',
        );
      }
      return instant;
    }
    const now = (this.deps.now?.() ?? new Date()).getTime();
    return Math.ceil(now / 3_600_000) * 3_600_000;
  }

  private async planned(
    type: 'release' | 'change',
    states: string[],
    scope: string[],
    range: { start: string; end: string },
    ctx: RequestContext,
  ): Promise<BusyInterval[]> {
    const { records } = await this.deps.records.list(
      type,
      {
        states,
        anyOfEntityRefs: scope,
        windowOverlaps: range,
        limit: MAX_OTHERS,
      },
      ctx,
    );
    return records.flatMap((r: StoredRecord) =>
      r.window ? [{ kind: type, title: r.title, ref: r.ref, ...r.window }] : [],
    );
  }
}
