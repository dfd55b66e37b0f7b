import { Knex } from 'knex';
import { CalendarFeedStore, StoredCalendarFeed } from './CalendarFeedStore';
import { toIso } from '../../core/database/operations/rowMapping';
import { CalendarFeedRow } from '../../core/database/tables';

const TABLE = 'itsm_calendar_feeds';

function toFeed(row: CalendarFeedRow): StoredCalendarFeed {
  return {
    id: row.id,
    owner: row.owner,
    ...(row.entity_ref ? { entityRef: row.entity_ref } : {}),
    createdAt: toIso(row.created_at),
    ...(row.last_used_at ? { lastUsedAt: toIso(row.last_used_at) } : {}),
  };
}

/**
 * Keeps calendar subscriptions in the plugin's database (whose record store
 * runs the migrations).
 */
export class DatabaseCalendarFeedStore implements CalendarFeedStore {
  constructor(private readonly db: Knex) {}

  async create(options: {
    id: string;
    tokenHash: string;
    owner: string;
    entityRef?: string;
    now: string;
  }): Promise<StoredCalendarFeed> {
    const row: CalendarFeedRow = {
      id: options.id,
      token_hash: options.tokenHash,
      owner: options.owner,
      entity_ref: options.entityRef ?? null,
      created_at: options.now,
      last_used_at: null,
    };
    await this.db<CalendarFeedRow>(TABLE).insert(row);
    return toFeed(row);
  }

  async listByOwner(owner: string): Promise<StoredCalendarFeed[]> {
    const rows = await this.db<CalendarFeedRow>(TABLE)
      .where({ owner })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toFeed);
  }

  async use(
    tokenHash: string,
    now: string,
  ): Promise<StoredCalendarFeed | undefined> {
    const row = await this.db<CalendarFeedRow>(TABLE)
      .where({ token_hash: tokenHash })
      .first();
    if (!row) return undefined;
    await this.db<CalendarFeedRow>(TABLE)
      .where({ id: row.id })
      .update({ last_used_at: now });
    return toFeed({ ...row, last_used_at: now });
  }

  async delete(id: string, owner: string): Promise<boolean> {
    const deleted = await this.db<CalendarFeedRow>(TABLE)
      .where({ id, owner })
      .delete();
    return deleted > 0;
  }
}
