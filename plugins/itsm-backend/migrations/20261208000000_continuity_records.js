// @ts-check
/*
 * IT service continuity (chapter 9) brings four record types: risks,
 * business impact analyses, continuity plans and exercises. Their records
 * live in the record core's tables; on PostgreSQL each type's human ids
 * come from a sequence of its own, as the first four types' do (a hyphen
 * in the type is an underscore in the sequence's name).
 */

const types = ['risk', 'impact_analysis', 'continuity_plan', 'exercise'];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (knex.client.config.client !== 'pg') return;
  for (const type of types) {
    await knex.raw(`CREATE SEQUENCE IF NOT EXISTS itsm_${type}_number_seq`);
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.config.client !== 'pg') return;
  for (const type of types) {
    await knex.raw(`DROP SEQUENCE IF EXISTS itsm_${type}_number_seq`);
  }
};
