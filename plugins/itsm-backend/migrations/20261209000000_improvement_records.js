// @ts-check
/*
 * Continual improvement (chapter 10) brings two record types, improvement
 * items and training sessions, with a PostgreSQL sequence each for their
 * human ids, and the monthly snapshots of the indicators (§10.1.2) that
 * keep a trend when the records behind it change later.
 */

const types = ['improvement', 'training'];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (knex.client.config.client === 'pg') {
    for (const type of types) {
      await knex.raw(`CREATE SEQUENCE IF NOT EXISTS itsm_${type}_number_seq`);
    }
  }
  await knex.schema.createTable('itsm_kpi_snapshots', table => {
    table.comment('Monthly figures of each indicator per scope (§10.1.2)');
    table.string('indicator_id', 64).notNullable();
    table.string('period', 7).notNullable().comment('The month, YYYY-MM (UTC)');
    table
      .string('scope', 300)
      .notNullable()
      .comment("'portal', 'group:<ref>' or 'service:<ref>'");
    table.double('value').nullable().comment('Null when nothing was measured');
    table.double('numerator').nullable();
    table.double('denominator').nullable();
    table.integer('sample').notNullable().comment('Records behind the figure');
    table
      .text('target')
      .nullable()
      .comment('JSON of the target in force when taken');
    table.string('status', 16).notNullable();
    table.timestamp('taken_at', { useTz: true }).notNullable();
    table.primary(['indicator_id', 'scope', 'period'], 'itsm_kpi_snapshots_pk');
    table.index(['period'], 'itsm_kpi_snapshots_period_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_kpi_snapshots');
  if (knex.client.config.client !== 'pg') return;
  for (const type of types) {
    await knex.raw(`DROP SEQUENCE IF EXISTS itsm_${type}_number_seq`);
  }
};
