// @ts-check
/*
 * Configuration item history (§6.2): the last seen state of every CI
 * entity (its catalog etag and the fields the history tracks), and every
 * change found between two looks, field by field, with the change record
 * that authorised it or the flag that none did.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_ci_snapshots', table => {
    table.comment('The last seen state of each configuration item entity');
    table.string('entity_ref', 255).primary();
    table.string('entity_uid', 64).nullable();
    table
      .string('etag', 128)
      .notNullable()
      .comment("The catalog's etag of the entity when last read");
    table
      .text('snapshot')
      .notNullable()
      .comment('JSON of the tracked fields, flattened by path');
    table.timestamp('seen_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('itsm_ci_changes', table => {
    table.comment('Changes to configuration items, field by field (§6.2)');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('entity_uid', 64).nullable();
    table.string('kind', 16).notNullable().comment('added, modified, removed');
    table
      .text('differences')
      .notNullable()
      .comment('JSON list of { path, before, after }');
    table
      .string('source_location', 1024)
      .nullable()
      .comment('Where the entity came from (backstage.io/managed-by-location)');
    table
      .string('authorized_by', 36)
      .nullable()
      .comment('Id of the change record that covered the entity then');
    table.string('authorized_by_ref', 32).nullable();
    table.boolean('unauthorized').notNullable().defaultTo(false);
    table.timestamp('detected_at', { useTz: true }).notNullable();
    table.index(['entity_ref', 'id'], 'itsm_ci_changes_entity_idx');
    table.index(['unauthorized', 'id'], 'itsm_ci_changes_unauthorized_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_ci_changes');
  await knex.schema.dropTable('itsm_ci_snapshots');
};
