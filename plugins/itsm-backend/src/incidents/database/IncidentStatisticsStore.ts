import { Knex } from 'knex';
import { StatisticsQuery, StatisticsRows } from '../model/statisticsModel';
import { queryIncidentStatistics } from './operations/queryIncidentStatistics';

/**
 * Incident statistics (§2.3.4) read straight from the records' columns,
 * aggregated per UTC day in SQL.
 */
export class IncidentStatisticsStore {
  constructor(private readonly db: Knex) {}

  query(query: StatisticsQuery): Promise<StatisticsRows> {
    return queryIncidentStatistics(this.db, query);
  }
}
