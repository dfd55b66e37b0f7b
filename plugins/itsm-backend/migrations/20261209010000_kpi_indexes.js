// @ts-check
/*
 * What the indicator computations (§10.1, improvement/indicators) read a
 * month of by: the incidents accepted, resolved and closed in a period,
 * and the service level clocks breached or stopped in it, each one index
 * range instead of a scan of every record or clock.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table.index(['type', 'accepted_at'], 'itsm_records_accepted_idx');
    table.index(['type', 'resolved_at'], 'itsm_records_resolved_at_idx');
    table.index(['type', 'closed_at'], 'itsm_records_closed_idx');
  });
  await knex.schema.alterTable('itsm_sla_clocks', table => {
    table.index(['breached_at'], 'itsm_sla_clocks_breached_idx');
    table.index(['phase', 'updated_at'], 'itsm_sla_clocks_stopped_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_sla_clocks', table => {
    table.dropIndex([], 'itsm_sla_clocks_stopped_idx');
    table.dropIndex([], 'itsm_sla_clocks_breached_idx');
  });
  await knex.schema.alterTable('itsm_records', table => {
    table.dropIndex([], 'itsm_records_closed_idx');
    table.dropIndex([], 'itsm_records_resolved_at_idx');
    table.dropIndex([], 'itsm_records_accepted_idx');
  });
};
