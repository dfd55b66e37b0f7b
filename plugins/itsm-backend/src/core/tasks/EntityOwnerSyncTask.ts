import {
  AuthService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { EntityLookup } from '../catalog/EntityLookup';
import { RecordStore } from '../database/RecordStore';

const PAGE = 500;

/**
 * Keeps the owners of affected entities in step with the catalog, so that
 * "owner of an affected entity" permissions follow ownership changes. Runs
 * on one replica at a time (`scope: 'global'`).
 */
export class EntityOwnerSyncTask {
  constructor(
    private readonly deps: {
      store: RecordStore;
      entities: EntityLookup;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  async schedule(
    scheduler: SchedulerService,
    frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
  ): Promise<void> {
    await scheduler.scheduleTask({
      id: 'itsm-entity-owner-sync',
      scope: 'global',
      frequency,
      timeout: { minutes: 10 },
      initialDelay: { seconds: 30 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Refreshes every affected entity's owner; returns how many were seen. */
  async run(): Promise<number> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    let afterRef: string | undefined;
    let seen = 0;
    for (;;) {
      const refs = await this.deps.store.listAffectedEntityRefs({
        afterRef,
        limit: PAGE,
      });
      if (refs.length === 0) break;
      const owners = await this.deps.entities.owners(refs, { credentials });
      await this.deps.store.upsertEntityOwners(
        owners,
        new Date().toISOString(),
      );
      seen += refs.length;
      afterRef = refs[refs.length - 1];
    }
    this.deps.logger.debug(`Refreshed the owners of ${seen} affected entities`);
    return seen;
  }
}
