// @ts-check
/*
 * The change, release and DORA indicators (issue 21) count records by
 * when they ended (changes closed, releases released or rolled back):
 * the index on each type's closure time is 20261209010000_kpi_indexes.js's.
 * Breakdowns by service join each record to the
 * entities it affects: with the entity in the record's index, that join
 * reads the index alone, record by record, rather than the whole table.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_record_entities', table => {
    table.index(['record_id', 'entity_ref'], 'itsm_record_entities_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_record_entities', table => {
    table.dropIndex([], 'itsm_record_entities_entity_idx');
  });
};
