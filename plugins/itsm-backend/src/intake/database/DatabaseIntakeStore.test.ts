import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseIntakeStore } from './DatabaseIntakeStore';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { CreateRecordOptions } from '../../core/database/RecordStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const groupKey = '{}/{severity="critical"}:{alertname="HighLatency"}';
const now = '2026-11-28T10:00:00.000Z';

const base: CreateRecordOptions = {
  type: 'incident',
  title: 'HighLatency: Checkout p95 latency above 2s',
  description: '',
  state: 'new',
  priority: 'P1',
  fields: { channel: 'monitoring' },
  entityRefs: [],
  isOpen: true,
  reportedBy: 'service:external:alertmanager',
  createdBy: 'service:external:alertmanager',
  entityOwners: [],
  now,
};

const alertSource = {
  source: 'alertmanager',
  groupKey,
  alerts: { alerts: { '3fa8c2e1d0b4a7f2': { status: 'firing' } } },
};

describe.each(databases.eachSupportedId())('DatabaseIntakeStore on %p', id => {
  async function createStores() {
    const knex = await databases.init(id);
    const records = await DatabaseRecordStore.create({ knex });
    return { knex, records, intake: DatabaseIntakeStore.create({ knex }) };
  }

  it('claims the alert group with the incident, once', async () => {
    const { records, intake } = await createStores();
    const first = await records.createRecord({ ...base, alertSource });
    expect(first.created).toBe(true);
    const source = await intake.findActiveAlertSource('alertmanager', groupKey);
    expect(source).toEqual({
      id: expect.any(String),
      source: 'alertmanager',
      groupKey,
      recordId: first.record.id,
      alerts: alertSource.alerts,
      version: 1,
    });
    const again = await records.createRecord({ ...base, alertSource });
    expect(again).toEqual({ record: first.record, created: false });
    expect(
      await intake.findActiveAlertSource('prometheus-2', groupKey),
    ).toBeUndefined();
  });

  it('lets concurrent creates for one new group make exactly one record', async () => {
    const { knex, records } = await createStores();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        records.createRecord({ ...base, alertSource }),
      ),
    );
    expect(results.filter(r => r.created)).toHaveLength(1);
    expect(new Set(results.map(r => r.record.id)).size).toBe(1);
    const [{ n }] = await knex('itsm_records').count({ n: '*' });
    expect(Number(n)).toBe(1);
    const [{ m }] = await knex('itsm_timeline_events').count({ m: '*' });
    expect(Number(m)).toBe(1);
  });

  it('records newer alerts only at the expected version', async () => {
    const { records, intake } = await createStores();
    await records.createRecord({ ...base, alertSource });
    const source = (await intake.findActiveAlertSource(
      'alertmanager',
      groupKey,
    ))!;
    const newer = { alerts: { a: { status: 'resolved' } } };
    await expect(
      intake.updateAlertSource({
        id: source.id,
        expectedVersion: 1,
        alerts: newer,
        now,
      }),
    ).resolves.toBe(true);
    await expect(
      intake.updateAlertSource({
        id: source.id,
        expectedVersion: 1,
        alerts: {},
        now,
      }),
    ).resolves.toBe(false);
    expect(
      await intake.findActiveAlertSource('alertmanager', groupKey),
    ).toMatchObject({ alerts: newer, version: 2 });
  });

  it('opens a new incident for the group once the old one is released', async () => {
    const { knex, records, intake } = await createStores();
    const first = await records.createRecord({ ...base, alertSource });
    const source = (await intake.findActiveAlertSource(
      'alertmanager',
      groupKey,
    ))!;
    await intake.releaseAlertSource({ id: source.id, now });
    await intake.releaseAlertSource({ id: source.id, now }); // idempotent
    expect(
      await intake.findActiveAlertSource('alertmanager', groupKey),
    ).toBeUndefined();
    const second = await records.createRecord({ ...base, alertSource });
    expect(second.created).toBe(true);
    expect(second.record.id).not.toBe(first.record.id);
    expect(
      await intake.findActiveAlertSource('alertmanager', groupKey),
    ).toMatchObject({ recordId: second.record.id });
    // The released row stays as history.
    const rows = await knex('itsm_alert_sources').orderBy('id');
    expect(rows.map(r => [r.record_id, r.active_key === null])).toEqual([
      [first.record.id, true],
      [second.record.id, false],
    ]);
  });

  it('claims an inbound message once, and again after a release', async () => {
    const { records, intake } = await createStores();
    const { record } = await records.createRecord(base);
    const claim = {
      source: 'email',
      messageId: '<CAF7b2Lr9y2R@mail.acme.example>',
      recordId: record.id,
      now,
    };
    await expect(intake.claimInboundMessage(claim)).resolves.toEqual({
      claimed: true,
    });
    await expect(intake.claimInboundMessage(claim)).resolves.toEqual({
      claimed: false,
      recordId: record.id,
    });
    await intake.releaseInboundMessage(claim);
    await expect(intake.claimInboundMessage(claim)).resolves.toEqual({
      claimed: true,
    });
  });
});
