// @ts-check
/*
 * What "open at the end of a month" (the incident backlog and its age,
 * improvement/indicators/incidentIndicators.ts) reads: the incidents not
 * resolved, and those resolved after the month, by (type, resolved_at),
 * carrying the columns the figures, breakdowns and drill-down read, so
 * each is an index-only scan on PostgreSQL instead of a read of every
 * backlog incident's row (at a million incidents, 140 ms to about 30).
 * It replaces the plain (type, resolved_at) index, whose reads it serves.
 * SQLite has no INCLUDE: the same columns follow in the key.
 */

const COVERED = [
  'created_at',
  'closed_at',
  'state',
  'assignment_group',
  'priority',
  'id',
];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table.dropIndex([], 'itsm_records_resolved_at_idx');
  });
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      `CREATE INDEX itsm_records_resolved_at_idx ON itsm_records (type, resolved_at) INCLUDE (${COVERED.join(
        ', ',
      )})`,
    );
  } else {
    await knex.schema.alterTable('itsm_records', table => {
      table.index(
        ['type', 'resolved_at', ...COVERED],
        'itsm_records_resolved_at_idx',
      );
    });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table.dropIndex([], 'itsm_records_resolved_at_idx');
  });
  await knex.schema.alterTable('itsm_records', table => {
    table.index(['type', 'resolved_at'], 'itsm_records_resolved_at_idx');
  });
};
