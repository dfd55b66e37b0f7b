// @ts-check
/*
 * The CMDB's index of configuration items: the snapshot of each item
 * carries the columns the CMDB page filters, sorts and counts by (kind,
 * type, class, owner, system, lifecycle, support group, title), and when
 * its tracked fields last changed, so the list and the status report are
 * indexed queries on the plugin's own table.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_ci_snapshots', table => {
    table.string('kind', 64).nullable();
    table.string('type', 128).nullable();
    table.string('title', 255).nullable();
    table
      .string('ci_class', 128)
      .nullable()
      .comment('class[/subclass] (§6.1.4)');
    table
      .boolean('classified')
      .notNullable()
      .defaultTo(false)
      .comment('Whether a rule or annotation gave the class');
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table.string('lifecycle', 64).nullable();
    table
      .string('support_group', 255)
      .nullable()
      .comment('itsm/support-group annotation, else the owner');
    table
      .timestamp('changed_at', { useTz: true })
      .nullable()
      .comment('When its tracked fields last changed (or were first seen)');
    table.index(['ci_class', 'entity_ref'], 'itsm_ci_snapshots_class_idx');
    table.index(['owner', 'entity_ref'], 'itsm_ci_snapshots_owner_idx');
    table.index(['changed_at'], 'itsm_ci_snapshots_changed_idx');
  });
  // Read every item again at the next look, to fill the new columns (a
  // look records no change for an item whose tracked fields are the same).
  await knex('itsm_ci_snapshots').update({ etag: '' });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_ci_snapshots', table => {
    table.dropIndex([], 'itsm_ci_snapshots_class_idx');
    table.dropIndex([], 'itsm_ci_snapshots_owner_idx');
    table.dropIndex([], 'itsm_ci_snapshots_changed_idx');
    for (const column of [
      'kind',
      'type',
      'title',
      'ci_class',
      'classified',
      'owner',
      'system',
      'lifecycle',
      'support_group',
      'changed_at',
    ]) {
      table.dropColumn(column);
    }
  });
};
