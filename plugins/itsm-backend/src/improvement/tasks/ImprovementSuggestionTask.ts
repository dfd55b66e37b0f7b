import {
  indicatorCatalogue,
  monthOf,
} from '@backstage-itsm/plugin-itsm-common';
import {
  BackstageCredentials,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { StoredRecord } from '../../core/database/RecordStore';
import { RecordService } from '../../core/services/RecordService';
import { planIndicatorSuggestion } from '../domain/planIndicatorSuggestion';
import { IndicatorReader } from '../indicators/IndicatorComputation';
import { ImprovementSettings } from '../services/readImprovementSettings';

/**
 * Suggests improvement items from indicators missing their targets
 * (§10.1.2, §10.2.2): every `suggestionFrequency` (default 6 hours), on one replica at a time (`scope:
 * 'global'`), reads each indicator's portal figures of the last
 * `suggestAfterPeriods` complete months and, when every one missed its
 * target, proposes one item as the plugin, owned by the management
 * group. Never a pile: an indicator that an open item already aims to
 * move portal-wide (raised by hand with no services) suggests nothing, and
 * a suggested item claims a key per indicator (`open-for-indicator:<id>`)
 * until it is closed or rejected, so a second run, a second replica or
 * someone raising one from the indicator makes the create fail with a 409
 * that is passed over.
 */
export class ImprovementSuggestionTask {
  constructor(
    private readonly deps: {
      records: RecordService;
      indicators: IndicatorReader;
      credentials: () => Promise<BackstageCredentials>;
      settings: ImprovementSettings;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    if (!this.deps.settings.managementGroup) {
      this.deps.logger.info(
        'Indicators suggest no improvement items: itsm.improvement.managementGroup is not configured to own them',
      );
      return;
    }
    await scheduler.scheduleTask({
      id: 'itsm-improvement-suggestions',
      scope: 'global',
      frequency: this.deps.settings.suggestionFrequency,
      timeout: { minutes: 15 },
      // Two minutes after start, or sooner when it runs more often.
      initialDelay:
        durationToMilliseconds(this.deps.settings.suggestionFrequency) < 120_000
          ? this.deps.settings.suggestionFrequency
          : { minutes: 2 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Proposes the items due now; returns them. */
  async run(): Promise<StoredRecord[]> {
    const { settings, indicators } = this.deps;
    const owner = settings.managementGroup;
    if (!owner) return [];
    const now = this.deps.now?.() ?? new Date();
    const periods = settings.suggestAfterPeriods;
    const months = Array.from({ length: periods }, (_, i) =>
      monthOf(now, i - periods),
    );
    const proposed: StoredRecord[] = [];
    const aimedAt = await this.indicatorsAimedAtPortalWide();
    for (const definition of indicatorCatalogue) {
      if (aimedAt.has(definition.id)) continue;
      let series;
      try {
        series = await indicators.series(definition.id, months, {
          kind: 'portal',
        });
      } catch (error) {
        this.deps.logger.warn(
          `Could not read ${definition.id} for suggestions: ${error}`,
        );
        continue;
      }
      const input = planIndicatorSuggestion({
        definition,
        series,
        periods,
        owner,
      });
      if (!input) continue;
      try {
        const { record } = await this.deps.records.create(
          'improvement',
          input,
          { credentials: await this.deps.credentials() },
        );
        proposed.push(record);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        this.deps.logger.debug(
          `Not suggesting an item for ${definition.id}: ${error.message}`,
        );
      }
    }
    if (proposed.length) {
      this.deps.logger.info(
        `Indicators missing their targets suggested ${proposed
          .map(r => r.ref)
          .join(', ')}`,
      );
    }
    return proposed;
  }

  /** The indicators open items aim to move for the whole portal. */
  private async indicatorsAimedAtPortalWide(): Promise<Set<string>> {
    const aimed = new Set<string>();
    const credentials = await this.deps.credentials();
    let cursor: string | undefined;
    do {
      const page = await this.deps.records.list(
        'improvement',
        { open: true, limit: 100, cursor },
        { credentials },
      );
      for (const record of page.records) {
        const indicatorId = record.fields.indicatorId;
        if (typeof indicatorId === 'string' && record.entityRefs.length === 0) {
          aimed.add(indicatorId);
        }
      }
      cursor = page.nextCursor;
    } while (cursor);
    return aimed;
  }
}
