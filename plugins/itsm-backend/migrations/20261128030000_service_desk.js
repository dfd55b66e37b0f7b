// @ts-check
/*
 * What the service desk works with: who a record was reported by (for the
 * reporter's permission rule and their confirmation), the reporter's
 * satisfaction rating (for statistics), work notes that only workers see,
 * and indexes for the queues (a group's open work by priority then age) and
 * for the auto-close task (resolved records by resolution time).
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table
      .string('reported_by', 255)
      .nullable()
      .comment('Entity ref of the user the record was reported by or for');
    table
      .integer('satisfaction_rating')
      .nullable()
      .comment("The reporter's rating of the resolution, 1-5");
    table.index(['reported_by'], 'itsm_records_reported_by_idx');
    table.index(
      ['type', 'assignment_group', 'priority', 'number'],
      'itsm_records_group_queue_idx',
    );
    table.index(
      ['type', 'state', 'priority', 'number'],
      'itsm_records_state_queue_idx',
    );
    table.index(['type', 'state', 'resolved_at'], 'itsm_records_resolved_idx');
    table.index(['type', 'updated_at'], 'itsm_records_updated_idx');
  });

  // Earlier incidents kept their reporter in the fields JSON.
  const rows = await knex('itsm_records').select('id', 'fields', 'created_by');
  for (const row of rows) {
    let reportedBy;
    try {
      reportedBy = JSON.parse(row.fields).reportedBy;
    } catch {
      reportedBy = undefined;
    }
    await knex('itsm_records')
      .where('id', row.id)
      .update({
        reported_by:
          typeof reportedBy === 'string' ? reportedBy : row.created_by,
      });
  }

  await knex.schema.alterTable('itsm_timeline_events', table => {
    table
      .string('visibility', 16)
      .notNullable()
      .defaultTo('public')
      .comment('public, or work_note: seen only by those who work the record');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_timeline_events', table => {
    table.dropColumn('visibility');
  });
  await knex.schema.alterTable('itsm_records', table => {
    table.dropIndex([], 'itsm_records_reported_by_idx');
    table.dropIndex([], 'itsm_records_group_queue_idx');
    table.dropIndex([], 'itsm_records_state_queue_idx');
    table.dropIndex([], 'itsm_records_resolved_idx');
    table.dropIndex([], 'itsm_records_updated_idx');
    table.dropColumn('reported_by');
    table.dropColumn('satisfaction_rating');
  });
};
