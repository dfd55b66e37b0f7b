// @ts-check
/*
 * The record core every workflow shares: records with human ids, the catalog
 * entities they affect, the timeline (the audit trail), links between
 * records, and the owners of affected entities for permission rules.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const isPostgres = knex.client.config.client === 'pg';

  await knex.schema.createTable('itsm_records', table => {
    table.comment('Incidents, problems, changes and releases');
    table.string('id', 36).primary().comment('Internal id (uuid)');
    table.string('type', 16).notNullable().comment('incident, problem, ...');
    table.integer('number').notNullable().comment('The N of the human id');
    table.string('title', 200).notNullable();
    table.text('description').notNullable();
    table.string('state', 32).notNullable();
    table.string('priority', 2).notNullable();
    table.integer('version').notNullable().comment('Optimistic lock');
    table
      .text('fields')
      .notNullable()
      .comment('JSON object of the fields particular to the type');
    table.string('created_by', 255).notNullable();
    table
      .string('idempotency_key', 255)
      .nullable()
      .comment('created_by + the Idempotency-Key header of the create');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.timestamp('resolved_at', { useTz: true }).nullable();
    table.timestamp('closed_at', { useTz: true }).nullable();
    table.unique(['type', 'number'], { indexName: 'itsm_records_number_uq' });
    table.unique(['type', 'idempotency_key'], {
      indexName: 'itsm_records_idempotency_uq',
    });
    table.index(['type', 'state', 'number'], 'itsm_records_state_idx');
  });

  await knex.schema.createTable('itsm_record_entities', table => {
    table.comment('The catalog entities each record affects');
    table
      .string('record_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.string('record_type', 16).notNullable();
    table.integer('record_number').notNullable();
    table.primary(
      ['entity_ref', 'record_type', 'record_number'],
      'itsm_record_entities_pk',
    );
    table.index(['record_id'], 'itsm_record_entities_record_idx');
  });

  await knex.schema.createTable('itsm_entity_owners', table => {
    table.comment('Owners of affected entities, mirrored from the catalog');
    table.string('entity_ref', 255).primary();
    table.string('owner_ref', 255).notNullable();
    table.timestamp('synced_at', { useTz: true }).notNullable();
    table.index(['owner_ref'], 'itsm_entity_owners_owner_idx');
  });

  await knex.schema.createTable('itsm_timeline_events', table => {
    table.comment('Every change to every record: the audit trail');
    table.bigIncrements('id').primary();
    table
      .string('record_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table.string('kind', 32).notNullable();
    table.string('actor', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.text('data').notNullable().comment('JSON: what changed');
    table.index(['record_id', 'id'], 'itsm_timeline_record_idx');
  });

  await knex.schema.createTable('itsm_record_links', table => {
    table.comment('Links between records: caused-by, fixes, duplicates, ...');
    table.string('id', 36).primary();
    table
      .string('source_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table
      .string('target_id', 36)
      .notNullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE');
    table.string('kind', 32).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.unique(['source_id', 'target_id', 'kind'], {
      indexName: 'itsm_record_links_uq',
    });
    table.index(['target_id'], 'itsm_record_links_target_idx');
  });

  await knex.schema.createTable('itsm_record_counters', table => {
    table.comment('The last human id number of each record type (SQLite)');
    table.string('type', 16).primary();
    table.integer('last_number').notNullable();
  });

  if (isPostgres) {
    // PostgreSQL numbers come from sequences: they never block concurrent
    // creates on other replicas (a rolled back create leaves a gap).
    for (const type of ['incident', 'problem', 'change', 'release']) {
      await knex.raw(`CREATE SEQUENCE IF NOT EXISTS itsm_${type}_number_seq`);
    }
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    for (const type of ['incident', 'problem', 'change', 'release']) {
      await knex.raw(`DROP SEQUENCE IF EXISTS itsm_${type}_number_seq`);
    }
  }
  await knex.schema.dropTable('itsm_record_counters');
  await knex.schema.dropTable('itsm_record_links');
  await knex.schema.dropTable('itsm_timeline_events');
  await knex.schema.dropTable('itsm_entity_owners');
  await knex.schema.dropTable('itsm_record_entities');
  await knex.schema.dropTable('itsm_records');
};
