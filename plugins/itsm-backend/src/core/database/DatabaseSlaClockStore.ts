import { Knex } from 'knex';
import { claimSlaCrossings } from './operations/claimSlaCrossings';
import { SlaClockStore, SlaCrossing } from './SlaClockStore';

/** The service level clocks in the plugin's database, SQLite or PostgreSQL. */
export class DatabaseSlaClockStore implements SlaClockStore {
  constructor(private readonly db: Knex) {}

  claimCrossings(options: {
    now: string;
    limit: number;
  }): Promise<SlaCrossing[]> {
    return claimSlaCrossings(this.db, options);
  }
}
