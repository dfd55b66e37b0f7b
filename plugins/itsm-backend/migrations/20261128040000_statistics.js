// @ts-check
/*
 * What incident statistics (§2.3.4) aggregate in SQL without reading the
 * fields JSON or the timeline: the channel, when the incident was first
 * accepted, and how often it was reopened and escalated. Earlier records
 * are filled in from their fields and timeline.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table.string('channel', 16).nullable().comment('How it was reported');
    table
      .timestamp('accepted_at', { useTz: true })
      .nullable()
      .comment('When it was first accepted');
    table
      .integer('reopen_count')
      .notNullable()
      .defaultTo(0)
      .comment('How often a resolution was rejected');
    table
      .integer('escalation_count')
      .notNullable()
      .defaultTo(0)
      .comment('How often it was escalated (functionally)');
    table.index(['type', 'created_at'], 'itsm_records_created_idx');
  });

  const records = await knex('itsm_records').select('id', 'fields');
  for (const record of records) {
    let channel = null;
    try {
      channel = JSON.parse(record.fields).channel ?? null;
    } catch {
      channel = null;
    }
    const events = await knex('itsm_timeline_events')
      .where('record_id', record.id)
      .whereIn('kind', ['transition', 'escalated'])
      .orderBy('id')
      .select('kind', 'data', 'created_at');
    let acceptedAt = null;
    let reopenCount = 0;
    let escalationCount = 0;
    for (const event of events) {
      /** @type {{ action?: string, type?: string }} */
      let data = {};
      try {
        data = JSON.parse(event.data);
      } catch {
        data = {};
      }
      if (event.kind === 'transition' && data.action === 'accept') {
        acceptedAt = acceptedAt ?? event.created_at;
      }
      if (event.kind === 'transition' && data.action === 'reopen') {
        reopenCount++;
      }
      if (event.kind === 'escalated' && data.type === 'functional') {
        escalationCount++;
      }
    }
    await knex('itsm_records').where('id', record.id).update({
      channel,
      accepted_at: acceptedAt,
      reopen_count: reopenCount,
      escalation_count: escalationCount,
    });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('itsm_records', table => {
    table.dropIndex([], 'itsm_records_created_idx');
    table.dropColumn('channel');
    table.dropColumn('accepted_at');
    table.dropColumn('reopen_count');
    table.dropColumn('escalation_count');
  });
};
