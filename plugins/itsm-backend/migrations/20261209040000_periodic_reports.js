// @ts-check
/*
 * Periodic reports (§2.1.2(5), §6.3.3, §8.3): the monthly report of each
 * scope (the portal, an assignment group, a service), kept as Markdown and
 * CSV, one per scope and month, so the scheduled run writes it once across
 * replicas and a second run leaves it be.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_periodic_reports', table => {
    table.comment(
      'Monthly reports (§2.1.2(5), §6.3.3, §8.3), one per scope and month',
    );
    table
      .string('scope', 255)
      .notNullable()
      .comment('portal, or the entity ref of a group or a service');
    table
      .string('scope_kind', 16)
      .notNullable()
      .comment('portal, group or service');
    table.string('period', 7).notNullable().comment('the month, YYYY-MM');
    table.text('markdown').notNullable();
    table.text('csv').notNullable();
    table
      .string('generated_by', 255)
      .notNullable()
      .comment('the user who asked, or schedule');
    table.timestamp('generated_at', { useTz: true }).notNullable();
    table.primary(['scope', 'period']);
    table.index(['period'], 'itsm_periodic_reports_period_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_periodic_reports');
};
