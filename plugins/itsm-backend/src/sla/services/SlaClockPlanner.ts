import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ResolvedEntities } from '../../core/catalog/EntityLookup';
import { SlaClockMover } from '../../core/database/RecordStore';
import {
  SlaClock,
  SlaClockSummary,
  StoredSlaClock,
} from '../../core/database/SlaClockStore';
import {
  moveSlaClock,
  SlaClockContext,
  startSlaClocks,
} from '../domain/planSlaClocks';
import { selectSla, SlaSettings } from '../domain/selectSla';
import { summarizeSlaClocks } from '../domain/summarizeSlaClocks';

/** How far ahead maintenance windows stand a new incident's clocks. */
const MAINTENANCE_HORIZON_MS = 90 * 24 * 3_600_000;

/**
 * Where the approved maintenance windows of entities come from: the change
 * process's windows (changes/MaintenanceWindowReader), given by the wiring.
 */
export interface MaintenanceWindows {
  /** The spans of `range` in which a window of one of the entities is open. */
  spansFor(
    entityRefs: string[],
    range: { start: string; end: string },
    credentials: BackstageCredentials,
  ): Promise<{ start: string; end: string }[]>;
}

/**
 * Plans the service level clocks of incidents (chapter 8): which agreement
 * a new incident falls under and the clocks it starts, and how a write
 * moves them: a workflow move, a new priority, an agent's first reply.
 */
export class SlaClockPlanner {
  constructor(
    private readonly settings: SlaSettings,
    private readonly maintenance?: MaintenanceWindows,
  ) {}

  /** Incidents carry clocks (chapter 8 measures their restoration). */
  readonly recordTypes = ['incident'] as const;

  /**
   * The clocks a new incident starts; none when no agreement covers it.
   * They stand during the approved maintenance windows of its entities in
   * the next 90 days.
   */
  async start(options: {
    priority: string;
    state: string;
    category?: string;
    resolved: ResolvedEntities;
    now: string;
    credentials: BackstageCredentials;
  }): Promise<SlaClock[]> {
    const [entityRef] = options.resolved.entityRefs;
    const subject = entityRef
      ? options.resolved.slaSubjects?.[entityRef]
      : undefined;
    const found = selectSla(this.settings, {
      entityRef,
      annotation: subject?.annotation,
      systemRef: subject?.systemRef,
      category: options.category,
    });
    if (!found) return [];
    const maintenance = await this.maintenance?.spansFor(
      options.resolved.entityRefs,
      {
        start: options.now,
        end: new Date(
          Date.parse(options.now) + MAINTENANCE_HORIZON_MS,
        ).toISOString(),
      },
      options.credentials,
    );
    return startSlaClocks({
      agreement: found.agreement,
      priority: options.priority,
      state: options.state,
      maintenance,
      context: this.context(options.now),
    });
  }

  /** How a write at `now` moves an incident's clocks. */
  mover(options: { now: string; responded?: boolean }): SlaClockMover {
    const context = this.context(options.now);
    return (clocks, record) =>
      clocks.map(clock =>
        moveSlaClock(clock, {
          state: record.state,
          priority: record.priority,
          responded: options.responded ?? false,
          agreement: this.settings.agreements.find(
            a => a.id === clock.agreementId,
          ),
          context,
        }),
      );
  }

  /** The clock a queue shows of an incident's clocks, as of `now`. */
  summarize(
    clocks: readonly StoredSlaClock[],
    now: string,
  ): SlaClockSummary | undefined {
    return summarizeSlaClocks(clocks, now);
  }

  private context(now: string): SlaClockContext {
    return { now, calendarOf: id => this.settings.calendars.get(id) };
  }
}
