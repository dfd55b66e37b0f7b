// @ts-check
/*
 * When a record is planned to happen: a change's requested window, later a
 * release's. Kept as columns, not only in the record's fields, so that the
 * change calendar, the conflict check and the deployment gate find the
 * records whose windows overlap a range with an index scan.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table
      .timestamp('window_start', { useTz: true })
      .nullable()
      .comment('Start of the planned window (changes, releases)');
    table
      .timestamp('window_end', { useTz: true })
      .nullable()
      .comment('End of the planned window');
    table.index(['type', 'window_start'], 'itsm_records_window_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table.dropIndex([], 'itsm_records_window_idx');
    table.dropColumn('window_start');
    table.dropColumn('window_end');
  });
};
