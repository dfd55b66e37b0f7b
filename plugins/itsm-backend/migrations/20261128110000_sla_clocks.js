// @ts-check
/*
 * Service level clocks (chapter 8): each incident under an agreement has a
 * response and a restore clock. The instants a running clock warns (50%,
 * 75%) and falls due (100%) are worked out when it moves, so the breach
 * scan only reads the indexed `next_threshold_at` and never computes
 * business time for every open incident.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_sla_clocks', table => {
    table.comment('Response and restore clocks of incidents under an SLA');
    table.uuid('id').primary().notNullable();
    table
      .string('record_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table.string('kind', 16).notNullable().comment('response or restore');
    table.string('agreement_id', 128).notNullable();
    table
      .string('priority', 8)
      .notNullable()
      .comment('The priority whose target it counts against');
    table.string('calendar_id', 128).notNullable();
    table
      .integer('target_minutes')
      .nullable()
      .comment('Working minutes; null when the agreement sets none');
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.string('phase', 16).notNullable().comment('running, paused, stopped');
    table
      .text('idle_spans')
      .notNullable()
      .comment('JSON: the spans it stood, with start, end and reason');
    table
      .bigInteger('elapsed_ms')
      .notNullable()
      .comment('Working time counted as of updated_at');
    table.timestamp('warn_50_at', { useTz: true }).nullable();
    table.timestamp('warn_75_at', { useTz: true }).nullable();
    table.timestamp('due_at', { useTz: true }).nullable();
    table
      .integer('crossed')
      .notNullable()
      .defaultTo(0)
      .comment('The highest threshold announced: 0, 50, 75 or 100');
    table
      .timestamp('next_threshold_at', { useTz: true })
      .nullable()
      .comment('While running: when it crosses its next threshold');
    table.timestamp('breached_at', { useTz: true }).nullable();
    table.boolean('met').nullable().comment('Once stopped: within target');
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['record_id', 'kind'], {
      indexName: 'itsm_sla_clocks_record_kind_uniq',
    });
    table.index(['next_threshold_at'], 'itsm_sla_clocks_next_threshold_idx');
    table.index(
      ['agreement_id', 'started_at'],
      'itsm_sla_clocks_agreement_started_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_sla_clocks');
};
