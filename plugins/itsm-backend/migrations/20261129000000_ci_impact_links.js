// @ts-check
/*
 * The CMDB's index keeps what an impact analysis reads of each item beyond
 * its index columns: its kind as spelled, its owners and the relations an
 * impact passes along, each way (JSON). Impact analyses for callers who may
 * read the whole catalog then walk the index in the plugin's database
 * instead of reading every entity they reach from the catalog.
 *
 * Each entry also says which version of the index made it (the index
 * format and the class rules): the look reads again every item whose entry
 * another version made, so new class rules or index fields reach every item.
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
    table
      .string('index_version', 64)
      .nullable()
      .comment('The index format and class rules the entry was made with');
  });
  // Entries without a version are read again at the next look (a look
  // records no change for an item whose tracked fields are the same).
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_ci_snapshots', table => {
    table.dropColumn('impact');
    table.dropColumn('index_version');
  });
};
