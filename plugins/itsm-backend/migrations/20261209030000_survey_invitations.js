// @ts-check
/*
 * Satisfaction surveys (§2.3.5): the invitations sent to answer a survey
 * (after an incident's closure to its reporter, or periodically to a
 * service's consumers), with the answer's overall rating and comment once
 * answered; and the answer to each question. A person gets at most one
 * invitation of a survey per period (`claim_key`), a record at most one per
 * survey, so retries and replicas never send twice.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('itsm_survey_invitations', table => {
    table.comment('Satisfaction survey invitations and answers (§2.3.5)');
    table.uuid('id').primary().notNullable();
    table.string('survey_id', 64).notNullable();
    table.string('kind', 16).notNullable().comment('after-closure or periodic');
    table
      .string('record_id', 36)
      .nullable()
      .references('id')
      .inTable('itsm_records')
      .onDelete('CASCADE')
      .comment('The closed incident asked about (after-closure)');
    table.string('record_ref', 64).nullable();
    table
      .string('service_ref', 255)
      .nullable()
      .comment('The service asked about (periodic)');
    table
      .string('assignment_group', 255)
      .nullable()
      .comment("The record's assignment group when sent");
    table.string('recipient', 255).notNullable();
    table
      .string('claim_key', 400)
      .notNullable()
      .comment('survey, recipient and period: one invitation per period');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.timestamp('answered_at', { useTz: true }).nullable();
    table.integer('overall_rating').nullable();
    table.text('comment').nullable();
    table
      .timestamp('follow_up_at', { useTz: true })
      .nullable()
      .comment('When a low score was followed up');
    table.unique(['claim_key'], { indexName: 'itsm_survey_inv_claim_uq' });
    table.unique(['survey_id', 'record_id'], {
      indexName: 'itsm_survey_inv_record_uq',
    });
    table.index(['recipient', 'answered_at'], 'itsm_survey_inv_recipient_idx');
    table.index(['survey_id', 'sent_at'], 'itsm_survey_inv_sent_idx');
    table.index(['answered_at'], 'itsm_survey_inv_answered_idx');
  });
  await knex.schema.createTable('itsm_survey_answers', table => {
    table.comment('The answer to each question of a survey invitation');
    table
      .uuid('invitation_id')
      .notNullable()
      .references('id')
      .inTable('itsm_survey_invitations')
      .onDelete('CASCADE');
    table.string('question_id', 64).notNullable();
    table.double('value').nullable().comment('A rating, or 1/0 for yes/no');
    table.text('text').nullable().comment('A free text answer');
    table.primary(['invitation_id', 'question_id']);
  });
  await knex.schema.createTable('itsm_survey_cursors', table => {
    table.comment('Up to when each survey has looked at closed incidents');
    table.string('survey_id', 64).primary().notNullable();
    table.timestamp('closed_before', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('itsm_survey_cursors');
  await knex.schema.dropTable('itsm_survey_answers');
  await knex.schema.dropTable('itsm_survey_invitations');
};
