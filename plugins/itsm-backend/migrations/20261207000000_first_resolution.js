// @ts-check
/*
 * When a record was first resolved, kept when a reopen clears
 * `resolved_at`, so the reopen rate of incident statistics counts the
 * resolutions that were rejected whether or not they were resolved again.
 * Earlier records are filled in from their timeline.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table
      .timestamp('first_resolved_at', { useTz: true })
      .nullable()
      .comment('When it was first resolved; a reopen leaves it');
    table.index(
      ['type', 'first_resolved_at'],
      'itsm_records_first_resolved_idx',
    );
  });
  await knex('itsm_records')
    .where('reopen_count', 0)
    .update({ first_resolved_at: knex.ref('resolved_at') });
  const reopened = await knex('itsm_records')
    .where('reopen_count', '>', 0)
    .select('id', 'resolved_at');
  for (const record of reopened) {
    const events = await knex('itsm_timeline_events')
      .where({ record_id: record.id, kind: 'transition' })
      .orderBy('id')
      .select('data', 'created_at');
    const first = events.find(event => {
      try {
        return JSON.parse(event.data).to === 'resolved';
      } catch {
        return false;
      }
    });
    await knex('itsm_records')
      .where('id', record.id)
      .update({ first_resolved_at: first?.created_at ?? record.resolved_at });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table.dropIndex([], 'itsm_records_first_resolved_idx');
    table.dropColumn('first_resolved_at');
  });
};
