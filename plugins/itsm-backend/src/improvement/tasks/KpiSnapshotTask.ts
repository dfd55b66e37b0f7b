import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import {
  indicatorStatus,
  monthOf,
  monthPeriod,
} from '@backstage-itsm/plugin-itsm-common';
import type { Knex } from 'knex';
import {
  KpiSnapshot,
  KpiSnapshotStore,
  scopeKey,
} from '../database/KpiSnapshotStore';
import { selectSnapshotScopes } from '../database/selectSnapshotScopes';
import { IndicatorService } from '../services/IndicatorService';
import { IndicatorTargets } from '../services/IndicatorTargets';

/**
 * Keeps last month's figure of every computed indicator (§10.1.2) for the
 * portal, each assignment group and each service with records, so a trend
 * survives later changes of the records behind it. Scheduled once across
 * replicas (`scope: 'global'`) every few hours: the first run of a month
 * takes the snapshots; later runs find them kept and only fill in what is
 * missing (a new group, a new indicator), never changing a kept one.
 */
export class KpiSnapshotTask {
  constructor(
    private readonly deps: {
      db: Knex;
      indicators: IndicatorService;
      targets: IndicatorTargets;
      snapshots: KpiSnapshotStore;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-kpi-snapshots',
      scope: 'global',
      frequency: { hours: 6 },
      timeout: { minutes: 30 },
      initialDelay: { minutes: 3 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Takes last month's missing snapshots; returns how many it kept. */
  async run(): Promise<number> {
    const now = this.deps.now?.() ?? new Date();
    const period = monthOf(now, -1);
    const window = monthPeriod(period);
    const kept = await this.deps.snapshots.keysOf(period);
    const definitions = this.deps.indicators.definitions();
    const scopes = await selectSnapshotScopes(this.deps.db);
    let taken = 0;
    for (const scope of scopes) {
      const key = scopeKey(scope);
      const missing = definitions.filter(d => !kept.has(`${d.id}|${key}`));
      if (missing.length === 0) continue;
      const targets = await this.deps.targets.forScope(scope);
      const snapshots: KpiSnapshot[] = [];
      for (const definition of missing) {
        const figure = await this.deps.indicators.value(
          definition.id as never,
          window,
          scope,
        );
        const target = targets(definition.id);
        snapshots.push({
          indicatorId: definition.id,
          period,
          scope: key,
          figure,
          ...(target ? { target } : {}),
          status: indicatorStatus(definition, figure.value, target),
          takenAt: now.toISOString(),
        });
      }
      taken += await this.deps.snapshots.keep(snapshots);
    }
    if (taken > 0) {
      this.deps.logger.info(`Kept ${taken} KPI snapshots of ${period}`);
    }
    return taken;
  }
}
