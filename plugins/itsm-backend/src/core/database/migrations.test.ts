import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseRecordStore } from './DatabaseRecordStore';
import { migrateDatabase, rollbackDatabase } from './migrateDatabase';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const pluginTables = [
  'itsm_alert_sources',
  'itsm_inbound_messages',
  'itsm_records',
  'itsm_record_entities',
  'itsm_entity_owners',
  'itsm_timeline_events',
  'itsm_record_links',
  'itsm_record_counters',
  'itsm_ci_snapshots',
  'itsm_ci_changes',
  'itsm_calendar_feeds',
  'itsm_record_keys',
  'itsm_sla_clocks',
  'itsm_sla_reviews',
  'itsm_risk_reports',
  'itsm_risk_reminders',
  'itsm_kpi_snapshots',
  'itsm_periodic_reports',
  'itsm_survey_invitations',
  'itsm_survey_answers',
  'itsm_survey_cursors',
];

/** The bookkeeping tables knex keeps for the plugin's migrations. */
const knexTables = ['itsm_knex_migrations', 'itsm_knex_migrations_lock'];

/** PostgreSQL sequences of the plugin: record numbers and row ids. */
const sequences = [
  'itsm_alert_sources_id_seq',
  'itsm_timeline_events_id_seq',
  'itsm_ci_changes_id_seq',
  'itsm_incident_number_seq',
  'itsm_problem_number_seq',
  'itsm_change_number_seq',
  'itsm_release_number_seq',
  'itsm_risk_number_seq',
  'itsm_impact_analysis_number_seq',
  'itsm_continuity_plan_number_seq',
  'itsm_exercise_number_seq',
  'itsm_improvement_number_seq',
  'itsm_training_number_seq',
];

function isPostgres(knex: Knex) {
  return knex.client.config.client === 'pg';
}

async function tables(knex: Knex): Promise<string[]> {
  const rows: { name: string }[] = isPostgres(knex)
    ? await knex('pg_tables')
        .where('schemaname', knex.raw('current_schema()'))
        .select({ name: 'tablename' })
    : await knex('sqlite_master').where('type', 'table').select('name');
  return rows
    .map(r => r.name)
    .filter(n => n.startsWith('itsm_'))
    .sort();
}

/** The plugin's PostgreSQL sequences; SQLite has none. */
async function sequenceNames(knex: Knex): Promise<string[]> {
  if (!isPostgres(knex)) {
    return [];
  }
  const rows: { name: string }[] = await knex('information_schema.sequences')
    .where('sequence_schema', knex.raw('current_schema()'))
    .select({ name: 'sequence_name' });
  return rows
    .map(r => r.name)
    .filter(n => n.startsWith('itsm_') && !n.startsWith('itsm_knex_migrations'))
    .sort();
}

async function reportOne(knex: Knex) {
  const store = await DatabaseRecordStore.create({
    knex,
    skipMigrations: true,
  });
  return store.createRecord({
    type: 'incident',
    title: 'Checkout fails',
    description: '',
    state: 'new',
    priority: 'P2',
    fields: {},
    entityRefs: ['component:default/checkout-service'],
    isOpen: true,
    reportedBy: 'user:default/pat.engineer',
    createdBy: 'user:default/pat.engineer',
    entityOwners: [
      {
        entityRef: 'component:default/checkout-service',
        ownerRef: 'group:default/payments-team',
      },
    ],
    now: '2026-11-28T10:00:00.000Z',
  });
}

describe.each(databases.eachSupportedId())('migrations on %p', id => {
  it('create every table the plugin needs', async () => {
    const knex = await databases.init(id);
    await migrateDatabase(knex);
    expect(await tables(knex)).toEqual([...pluginTables, ...knexTables].sort());
    expect(await sequenceNames(knex)).toEqual(
      isPostgres(knex) ? [...sequences].sort() : [],
    );
    const { record } = await reportOne(knex);
    expect(record.ref).toBe('INC-1');
  });

  it('are idempotent: migrating twice changes nothing', async () => {
    const knex = await databases.init(id);
    await migrateDatabase(knex);
    await reportOne(knex);
    await migrateDatabase(knex);
    const { record } = await reportOne(knex);
    expect(record.ref).toBe('INC-2');
  });

  it('roll back completely, leaving only knex bookkeeping', async () => {
    const knex = await databases.init(id);
    await migrateDatabase(knex);
    await reportOne(knex);
    await rollbackDatabase(knex);
    expect(await tables(knex)).toEqual(knexTables);
    const [{ n }] = await knex('itsm_knex_migrations').count({ n: '*' });
    expect(Number(n)).toBe(0);
    expect(await sequenceNames(knex)).toEqual([]);
  });

  it('migrate up again after a rollback, numbering from 1 again', async () => {
    const knex = await databases.init(id);
    await migrateDatabase(knex);
    await reportOne(knex);
    await reportOne(knex);
    await rollbackDatabase(knex);
    await migrateDatabase(knex);
    expect(await tables(knex)).toEqual([...pluginTables, ...knexTables].sort());
    const { record } = await reportOne(knex);
    expect(record.ref).toBe('INC-1');
  });

  it('lets replicas that start together migrate in turn', async () => {
    const knex = await databases.init(id);
    // Two migrators on one database, as two replicas starting at once.
    await expect(
      Promise.all([migrateDatabase(knex), migrateDatabase(knex)]),
    ).resolves.toBeDefined();
    expect(await tables(knex)).toEqual([...pluginTables, ...knexTables].sort());
  });
});
