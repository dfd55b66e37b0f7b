import { Knex } from 'knex';
import { claimSlaCrossings } from './operations/claimSlaCrossings';
import { querySlaReport } from './operations/querySlaReport';
import {
  SlaClockStore,
  SlaCrossing,
  SlaReportQuery,
  SlaReportRows,
} from './SlaClockStore';

/** The service level clocks in the plugin's database, SQLite or PostgreSQL. */
export class DatabaseSlaClockStore implements SlaClockStore {
  constructor(private readonly db: Knex) {}

  report(query: SlaReportQuery): Promise<SlaReportRows> {
    return querySlaReport(this.db, query);
  }

  claimCrossings(options: {
    now: string;
    limit: number;
  }): Promise<SlaCrossing[]> {
    return claimSlaCrossings(this.db, options);
  }
}
