// @ts-check
/*
 * Who works a record and how it is classified: the columns the service desk
 * queues filter and sort on (assignment group, assignee, support tier,
 * category). The fields particular to incidents (impact, urgency, channel,
 * reporter, ...) stay in the `fields` JSON.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table
      .string('assignment_group', 255)
      .nullable()
      .comment('Entity ref of the group that works the record');
    table
      .string('assignee', 255)
      .nullable()
      .comment('Entity ref of the user who works the record');
    table.string('support_tier', 2).nullable().comment('L1, L2 or L3');
    table.string('category', 32).nullable();
    table.index(
      ['type', 'assignment_group', 'state'],
      'itsm_records_group_idx',
    );
    table.index(['type', 'assignee', 'state'], 'itsm_records_assignee_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table.dropIndex([], 'itsm_records_group_idx');
    table.dropIndex([], 'itsm_records_assignee_idx');
    table.dropColumn('assignment_group');
    table.dropColumn('assignee');
    table.dropColumn('support_tier');
    table.dropColumn('category');
  });
};
