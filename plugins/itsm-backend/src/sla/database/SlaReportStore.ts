import { Knex } from 'knex';
import { SlaReportQuery, SlaReportRows } from '../model/slaReportModel';
import { querySlaReport } from './operations/querySlaReport';

/**
 * The aggregates of a service level report (§8.3) over the incidents the
 * query lets through, read from the clocks and records in SQL.
 */
export class SlaReportStore {
  constructor(private readonly db: Knex) {}

  report(query: SlaReportQuery): Promise<SlaReportRows> {
    return querySlaReport(this.db, query);
  }
}
