// @ts-check
/*
 * Risk assessment (§9.1): the assessment reports of the risk register
 * (§9.1.3(5)), each a dated version kept as Markdown and CSV; and the
 * reminders sent of risks whose review or treatment is due, one per risk,
 * kind and due date, so a reminder is sent once across replicas.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_risk_reports', table => {
    table.comment('Risk assessment reports (§9.1.3(5)), one row per version');
    table.uuid('id').primary().notNullable();
    table
      .string('scope', 255)
      .notNullable()
      .comment('all, or the entity ref of a system or a domain');
    table.integer('risk_count').notNullable();
    table.text('markdown').notNullable();
    table.text('csv').notNullable();
    table.string('generated_by', 255).notNullable();
    table.timestamp('generated_at', { useTz: true }).notNullable();
    table.string('sent_to', 255).nullable().comment('the management group');
    table.index(['generated_at'], 'itsm_risk_reports_generated_idx');
  });
  await knex.schema.createTable('itsm_risk_reminders', table => {
    table.comment('Reminders sent of risks whose review or treatment is due');
    table
      .string('record_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table.string('kind', 16).notNullable().comment('review or treatment');
    table.string('due_date', 10).notNullable().comment('YYYY-MM-DD');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.primary(['record_id', 'kind', 'due_date']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_risk_reminders');
  await knex.schema.dropTable('itsm_risk_reports');
};
