import { Knex } from 'knex';

/**
 * The ids of approved business impact analyses with their review date, for
 * the review task (a few hundred rows at most: one per analysed service).
 */
export async function selectApprovedAnalyses(
  db: Knex,
): Promise<{ id: string; reviewDueAt?: string; remindedFor?: string }[]> {
  const rows = await db('itsm_records')
    .where({ type: 'impact-analysis', state: 'approved' })
    .select('id', 'fields');
  return rows.map(row => {
    const fields =
      typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields;
    return {
      id: row.id,
      ...(typeof fields.reviewDueAt === 'string'
        ? { reviewDueAt: fields.reviewDueAt }
        : {}),
      ...(typeof fields.reviewRemindedFor === 'string'
        ? { remindedFor: fields.reviewRemindedFor }
        : {}),
    };
  });
}
