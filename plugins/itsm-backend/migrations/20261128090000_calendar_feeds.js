// @ts-check
/*
 * Subscriptions to the change calendar: the secret addresses people give
 * their calendar apps, which cannot sign in to the portal. Only a hash of
 * each address's token is kept; its owner can revoke it.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_calendar_feeds', table => {
    table.comment('Calendar subscriptions (.ics addresses) and their owners');
    table.uuid('id').primary().notNullable();
    table
      .string('token_hash', 64)
      .notNullable()
      .unique()
      .comment('SHA-256 of the secret token, in hex');
    table
      .string('owner', 255)
      .notNullable()
      .comment('User entity ref of who created it');
    table
      .string('entity_ref', 255)
      .nullable()
      .comment('The entity whose calendar it is; null: the whole portal');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('last_used_at', { useTz: true }).nullable();
    table.index(['owner'], 'itsm_calendar_feeds_owner_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_calendar_feeds');
};
