import { RecordStore } from '../../core/database/RecordStore';
import { StoredSlaClock } from '../../core/database/SlaClockStore';
import { measureSlaClock } from '../domain/planSlaClocks';
import { SlaAgreement, SlaSettings } from '../domain/selectSla';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/** A clock as of now, with its agreement. */
export type SlaClockView = StoredSlaClock & {
  agreement?: SlaAgreement;
  /** While it has a target: working time left (negative when overdue). */
  remainingMs?: number;
};

/**
 * Reads an incident's service level clocks for those who may read the
 * incident, measured as of now: a running clock's elapsed time moves on
 * between the writes that store it.
 */
export class SlaClockReader {
  constructor(
    private readonly deps: {
      records: RecordService;
      store: RecordStore;
      settings: SlaSettings;
      now?: () => Date;
    },
  ) {}

  async clocksOf(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<SlaClockView[]> {
    const record = await this.deps.records.get('incident', idOrRef, ctx);
    const now = (this.deps.now?.() ?? new Date()).toISOString();
    const clocks = await this.deps.store.listSlaClocks(record.id);
    return clocks.map(stored => {
      const clock = {
        ...stored,
        ...measureSlaClock(stored, {
          now: stored.phase === 'running' ? now : stored.updatedAt,
          calendarOf: id => this.deps.settings.calendars.get(id),
        }),
      };
      return {
        ...clock,
        agreement: this.deps.settings.agreements.find(
          a => a.id === clock.agreementId,
        ),
        ...(clock.targetMinutes === null
          ? {}
          : { remainingMs: clock.targetMinutes * 60_000 - clock.elapsedMs }),
      };
    });
  }
}
