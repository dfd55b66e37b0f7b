// @ts-check
/*
 * Intake channels.
 *
 * `itsm_alert_sources`: which incident is the open one of each monitoring
 * alert group (Alertmanager's groupKey), and what the group's alerts were at
 * the last delivery. `active_key` holds the group key's hash while the
 * incident is the group's open one and NULL once it is released (the
 * incident was closed or cancelled); the unique index on it lets at most one
 * incident per group be open, so concurrent deliveries of a new group create
 * one incident. The row is inserted in the transaction that creates the
 * incident. Released rows stay as history.
 *
 * `itsm_inbound_messages`: inbound mail already turned into a comment, by
 * message id, so a redelivered reply is not commented twice. (Mail that
 * opens an incident uses the record's idempotency key instead.)
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_alert_sources', table => {
    table.comment('The incident each monitoring alert group opened');
    table.increments('id');
    table.string('source', 32).notNullable().comment('e.g. alertmanager');
    table.text('group_key').notNullable().comment('As the source sends it');
    table
      .string('group_key_hash', 64)
      .notNullable()
      .comment('sha256 of the group key');
    table
      .string('active_key', 64)
      .nullable()
      .comment('group_key_hash while the incident is open, then NULL');
    table
      .string('record_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table
      .text('alerts')
      .notNullable()
      .comment('JSON: the alerts of the last delivery, by fingerprint');
    table.integer('version').notNullable().comment('Optimistic lock');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('released_at', { useTz: true }).nullable();
    table.unique(['source', 'active_key'], {
      indexName: 'itsm_alert_sources_active_uq',
    });
    table.index(['source', 'group_key_hash'], 'itsm_alert_sources_group_idx');
    table.index(['record_id'], 'itsm_alert_sources_record_idx');
  });

  await knex.schema.createTable('itsm_inbound_messages', table => {
    table.comment('Inbound messages already applied to a record');
    table
      .string('message_key', 64)
      .primary()
      .comment('sha256 of the source and the message id');
    table.string('source', 32).notNullable().comment('e.g. email');
    table.text('message_id').notNullable();
    table
      .string('record_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table.timestamp('created_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_inbound_messages');
  await knex.schema.dropTable('itsm_alert_sources');
};
