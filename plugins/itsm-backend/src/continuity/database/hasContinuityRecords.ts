import { Knex } from 'knex';

/** The record types of continuity (chapter 9). */
const CONTINUITY_TYPES = [
  'risk',
  'impact-analysis',
  'continuity-plan',
  'exercise',
];

/** Whether any continuity record exists, in one indexed query. */
export async function hasContinuityRecords(db: Knex): Promise<boolean> {
  const row = await db('itsm_records')
    .whereIn('type', CONTINUITY_TYPES)
    .first('id');
  return row !== undefined;
}
