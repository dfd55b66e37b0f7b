import { LoggerService } from '@backstage/backend-plugin-api';
import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { CollationRunner } from './CollationRunner';
import { ItsmRecordReader } from './ItsmRecordReader';

/** A collator's runner and the record type whose changes it indexes. */
export type WatchedCollation = {
  recordType: RecordType;
  runner: CollationRunner;
};

/**
 * Has the ITSM collations run soon after records change, instead of at
 * their next scheduled run. Each check asks the itsm backend which record
 * of each type changed last (one row per type: `sort=updated&limit=1`); a
 * collation whose type changed since it was last asked for, or whose last
 * run here failed, is triggered. The first check of a process triggers
 * every collation: an engine that keeps its index in memory (Lunr) has none
 * after a restart, while the scheduler may keep the next run a whole
 * period away.
 */
export class RecordChangeWatcher {
  /** The change each collation was last asked to index. */
  private readonly asked = new Map<CollationRunner, string>();
  private unreachable = false;

  constructor(
    private readonly deps: {
      reader: ItsmRecordReader;
      collations: WatchedCollation[];
      logger: LoggerService;
    },
  ) {}

  async check(): Promise<void> {
    const newest = new Map<RecordType, string>();
    try {
      for (const { recordType } of this.deps.collations) {
        if (!newest.has(recordType)) {
          const change = await this.deps.reader.newestChange(recordType);
          newest.set(recordType, change?.key ?? 'none');
        }
      }
    } catch (error) {
      // Logged once until the backend answers again (a restart, an outage).
      const log = this.unreachable
        ? this.deps.logger.debug
        : this.deps.logger.warn;
      log.call(
        this.deps.logger,
        `Could not check the ITSM records for changes to index: ${error}`,
      );
      this.unreachable = true;
      return;
    }
    this.unreachable = false;
    for (const { recordType, runner } of this.deps.collations) {
      const change = newest.get(recordType)!;
      if (this.asked.get(runner) === change && !runner.failed) continue;
      if (await runner.trigger()) this.asked.set(runner, change);
    }
  }
}
