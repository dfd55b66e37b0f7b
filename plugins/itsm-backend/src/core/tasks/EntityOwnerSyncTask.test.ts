import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseRecordStore } from '../database/DatabaseRecordStore';
import { EntityLookup } from '../catalog/EntityLookup';
import { EntityOwnerSyncTask } from './EntityOwnerSyncTask';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('EntityOwnerSyncTask on %p', id => {
  it('follows ownership changes in the catalog, for SQL permission filters', async () => {
    const store = await DatabaseRecordStore.create({
      knex: await databases.init(id),
    });
    // 600 entities: more than one page of the sync.
    for (let i = 0; i < 1200; i += 100) {
      await store.createRecord({
        type: 'incident',
        title: `on ${i}`,
        description: '',
        state: 'new',
        priority: 'P3',
        fields: {},
        entityRefs: Array.from(
          { length: 50 },
          (_, j) => `component:default/c${i + j}`,
        ),
        entityOwners: [
          {
            entityRef: `component:default/c${i}`,
            ownerRef: 'group:default/old',
          },
        ],
        isOpen: true,
        reportedBy: 'user:default/x',
        createdBy: 'user:default/x',
        now: '2026-11-28T10:00:00.000Z',
      });
    }
    const catalogOwners = new Map<string, string>();
    for (let i = 0; i < 1200; i++) {
      catalogOwners.set(`component:default/c${i}`, 'group:default/new');
    }
    catalogOwners.delete('component:default/c5'); // gone from the catalog
    const lookup: EntityLookup = {
      resolve: jest.fn(),
      resolvePeople: jest.fn(),
      groupLead: jest.fn(),
      partsOf: jest.fn(),
      groupMembers: jest.fn(),
      slaSubjects: jest.fn(),
      owners: jest.fn(async refs =>
        refs.flatMap(ref =>
          catalogOwners.has(ref)
            ? [{ entityRef: ref, ownerRef: catalogOwners.get(ref)! }]
            : [],
        ),
      ),
    };
    const task = new EntityOwnerSyncTask({
      store,
      entities: lookup,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });

    expect(await task.run()).toBe(600);
    expect(lookup.owners).toHaveBeenCalledTimes(2);

    const ownedByNew = await store.listRecords({
      type: 'incident',
      limit: 100,
      filter: {
        kind: 'affectedEntityOwnedBy',
        ownerRefs: ['group:default/new'],
      },
    });
    expect(ownedByNew.records).toHaveLength(12);
    const ownedByOld = await store.listRecords({
      type: 'incident',
      limit: 100,
      filter: {
        kind: 'affectedEntityOwnedBy',
        ownerRefs: ['group:default/old'],
      },
    });
    expect(ownedByOld.records).toEqual([]);
  });
});
