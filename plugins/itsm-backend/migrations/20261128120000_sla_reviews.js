// @ts-check
/*
 * Reviews of a service's agreement (§8.2, §8.3.2): who reviewed it, when,
 * over which period, with the figures they saw and their decision.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_sla_reviews', table => {
    table.comment('Reviews of the service level agreements of entities');
    table.uuid('id').primary().notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('agreement_id', 128).notNullable();
    table
      .string('decision', 16)
      .notNullable()
      .comment('keep, revise or retire');
    table.text('notes').notNullable();
    table.string('reviewed_by', 255).notNullable();
    table.timestamp('reviewed_at', { useTz: true }).notNullable();
    table.timestamp('period_from', { useTz: true }).notNullable();
    table.timestamp('period_to', { useTz: true }).notNullable();
    table
      .text('figures')
      .notNullable()
      .comment('JSON: compliance and satisfaction over the period');
    table.index(['entity_ref', 'reviewed_at'], 'itsm_sla_reviews_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_sla_reviews');
};
