// @ts-check
/*
 * Keys that must be unique among the records of a type, claimed in the
 * same transaction that stores the record: e.g. a release's version per
 * entity (`component:default/checkout@2.4.1`), which two release managers
 * may plan at the same moment. The primary key makes the second one fail.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_record_keys', table => {
    table.comment('Unique keys of records, e.g. a release version per entity');
    table.string('record_type', 16).notNullable();
    table.string('key', 512).notNullable();
    table
      .string('record_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table.primary(['record_type', 'key']);
    table.index(['record_id'], 'itsm_record_keys_record_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_record_keys');
};
