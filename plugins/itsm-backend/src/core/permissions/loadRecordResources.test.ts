import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseRecordStore } from '../database/DatabaseRecordStore';
import { loadRecordResources } from './loadRecordResources';
import { aNewRecord } from '../__testUtils__/aNewRecord';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const base = aNewRecord();

async function createStore() {
  const knex = await databases.init('SQLITE_3');
  return DatabaseRecordStore.create({ knex });
}

describe('loadRecordResources', () => {
  it('answers in the order asked, with undefined for unknown ids', async () => {
    const store = await createStore();
    const a = (await store.createRecord(base)).record;
    const b = (await store.createRecord(base)).record;
    const missing = '00000000-0000-4000-8000-000000000000';
    const resources = await loadRecordResources(store, [b.id, missing, a.id]);
    expect(resources.map(r => r?.ref)).toEqual(['INC-2', undefined, 'INC-1']);
  });

  it('adds the owners of the affected entities that have a known owner', async () => {
    const store = await createStore();
    const { record } = await store.createRecord({
      ...base,
      entityRefs: [
        'component:default/checkout-service',
        'resource:default/payments-db',
        'system:default/unowned',
      ],
      entityOwners: [
        {
          entityRef: 'component:default/checkout-service',
          ownerRef: 'group:default/payments-team',
        },
        {
          entityRef: 'resource:default/payments-db',
          ownerRef: 'group:default/dba-team',
        },
      ],
    });
    const [resource] = await loadRecordResources(store, [record.id]);
    expect(resource).toMatchObject({
      id: record.id,
      ref: 'INC-1',
      reportedBy: 'user:default/pat.engineer',
      createdBy: 'user:default/pat.engineer',
      entityRefs: record.entityRefs,
    });
    expect([...resource!.entityOwnerRefs].sort()).toEqual([
      'group:default/dba-team',
      'group:default/payments-team',
    ]);
  });

  it('sees the owner the catalog names now, not the one at reporting time', async () => {
    const store = await createStore();
    const { record } = await store.createRecord(base);
    await store.upsertEntityOwners(
      [
        {
          entityRef: 'component:default/checkout-service',
          ownerRef: 'group:default/web-team',
        },
      ],
      '2026-11-29T10:00:00.000Z',
    );
    const [resource] = await loadRecordResources(store, [record.id]);
    expect(resource!.entityOwnerRefs).toEqual(['group:default/web-team']);
  });

  it('gives a record without entities no owners', async () => {
    const store = await createStore();
    const { record } = await store.createRecord({
      ...base,
      entityRefs: [],
      entityOwners: [],
    });
    const [resource] = await loadRecordResources(store, [record.id]);
    expect(resource!.entityOwnerRefs).toEqual([]);
  });

  it('answers an empty question with nothing', async () => {
    const store = await createStore();
    expect(await loadRecordResources(store, [])).toEqual([]);
  });
});
