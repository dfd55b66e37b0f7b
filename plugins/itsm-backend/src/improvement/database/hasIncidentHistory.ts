import { Knex } from 'knex';

/**
 * Whether an incident was reported before `before`: the demo history is
 * written only where none was (a fresh demo), in one indexed query.
 */
export async function hasIncidentHistory(
  db: Knex,
  before: Date,
): Promise<boolean> {
  const row = await db('itsm_records')
    .where('type', 'incident')
    .where('created_at', '<', before.toISOString())
    .first('id');
  return row !== undefined;
}
