import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { Knex } from 'knex';

/**
 * The next number of a record type's human ids, inside the creating
 * transaction.
 *
 * PostgreSQL takes it from a sequence, so concurrent creates on several
 * replicas never wait for each other (a rolled back create leaves a gap, as
 * in every ticketing system); `impact-analysis` numbers come from
 * `itsm_impact_analysis_number_seq`. SQLite has a single writer anyway and counts in
 * `itsm_record_counters`.
 */
export async function allocateRecordNumber(
  tx: Knex.Transaction,
  type: RecordType,
): Promise<number> {
  if (tx.client.config.client === 'pg') {
    const result = await tx.raw('SELECT nextval(?::regclass) AS n', [
      `itsm_${type.replace(/-/g, '_')}_number_seq`,
    ]);
    return Number(result.rows[0].n);
  }
  const rows = await tx.raw(
    `INSERT INTO itsm_record_counters (type, last_number) VALUES (?, 1)
     ON CONFLICT (type) DO UPDATE SET last_number = itsm_record_counters.last_number + 1
     RETURNING last_number`,
    [type],
  );
  return Number(rows[0].last_number);
}
