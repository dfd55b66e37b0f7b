// @ts-check
/*
 * The CMDB's index keeps what an impact analysis reads of each item beyond
 * its index columns: its kind as spelled, its owners and the relations an
 * impact passes along, each way (JSON). Impact analyses for callers who may
 * read the whole catalog then walk the index in the plugin's database
 * instead of reading every entity they reach from the catalog.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_ci_snapshots', table => {
    table
      .text('impact')
      .nullable()
      .comment(
        'JSON { kind, owners, downstream, upstream }: what impact analysis follows',
      );
  });
  // Read every item again at the next look, to fill the new column (a look
  // records no change for an item whose tracked fields are the same).
  await knex('itsm_ci_snapshots').update({ etag: '' });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_ci_snapshots', table => {
    table.dropColumn('impact');
  });
};
