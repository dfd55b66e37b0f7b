import type { Knex } from 'knex';

/**
 * Sets a record's state and merges fields into it straight in the
 * database, for tests that need a plan's procedure, an approved analysis
 * or a scheduled change without walking their own workflows.
 */
export async function seedRecord(
  knex: Knex,
  ref: string,
  change: { state?: string; fields?: Record<string, unknown> },
): Promise<void> {
  const [prefix, n] = ref.split('-');
  const types: Record<string, string> = {
    CP: 'continuity-plan',
    BIA: 'impact-analysis',
    CHG: 'change',
    EX: 'exercise',
    INC: 'incident',
  };
  const where = { type: types[prefix], number: Number(n) };
  const row = await knex('itsm_records').where(where).first();
  if (!row) throw new Error(`No record ${ref} to seed`);
  await knex('itsm_records')
    .where(where)
    .update({
      ...(change.state ? { state: change.state } : {}),
      fields: JSON.stringify({ ...JSON.parse(row.fields), ...change.fields }),
    });
}
