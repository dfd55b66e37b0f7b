import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseCiHistoryStore } from './DatabaseCiHistoryStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const server = 'resource:default/srv-db-01';
const now = '2026-11-28T10:00:00.000Z';

describe.each(databases.eachSupportedId())(
  'DatabaseCiHistoryStore on %p',
  id => {
    async function createStore() {
      return DatabaseCiHistoryStore.create({ knex: await databases.init(id) });
    }

    it('keeps the last seen state of each item, replaced by the next look', async () => {
      const store = await createStore();
      const snapshot = {
        entityRef: server,
        entityUid: 'uid-1',
        etag: 'e1',
        snapshot: { 'spec.type': 'server' },
        seenAt: now,
      };
      await store.saveLook({ snapshots: [snapshot], removed: [], changes: [] });
      await store.saveLook({
        snapshots: [
          { ...snapshot, etag: 'e2', snapshot: { 'spec.type': 'vm' } },
        ],
        removed: [],
        changes: [],
      });

      expect(await store.snapshotEtags()).toEqual(new Map([[server, 'e2']]));
      expect(
        (await store.getSnapshots([server, 'resource:default/none'])).get(
          server,
        ),
      ).toEqual({
        ...snapshot,
        etag: 'e2',
        snapshot: { 'spec.type': 'vm' },
      });
    });

    it('records changes with their differences, flagging those no change record covered', async () => {
      const store = await createStore();
      const saved = await store.saveLook({
        snapshots: [],
        removed: [],
        changes: [
          {
            entityRef: server,
            kind: 'modified',
            differences: [
              {
                path: 'spec.owner',
                before: 'group:default/a',
                after: 'group:default/b',
              },
            ],
            sourceLocation: 'file:/inventory.csv',
            detectedAt: now,
          },
          {
            entityRef: server,
            kind: 'modified',
            differences: [
              { path: 'metadata.annotations.itsm/version', after: '9.4' },
            ],
            authorizedBy: { id: 'change-id', ref: 'CHG-3' },
            detectedAt: now,
          },
        ],
      });
      expect(saved.map(c => c.unauthorized)).toEqual([true, false]);

      const { changes, hasMore } = await store.listChanges({
        entityRef: server,
        limit: 10,
      });
      expect(hasMore).toBe(false);
      expect(changes).toEqual([
        {
          id: saved[1].id,
          entityRef: server,
          kind: 'modified',
          differences: [
            { path: 'metadata.annotations.itsm/version', after: '9.4' },
          ],
          authorizedBy: { id: 'change-id', ref: 'CHG-3' },
          unauthorized: false,
          detectedAt: now,
        },
        {
          id: saved[0].id,
          entityRef: server,
          kind: 'modified',
          differences: [
            {
              path: 'spec.owner',
              before: 'group:default/a',
              after: 'group:default/b',
            },
          ],
          sourceLocation: 'file:/inventory.csv',
          unauthorized: true,
          detectedAt: now,
        },
      ]);
      const unauthorized = await store.listChanges({
        unauthorized: true,
        limit: 10,
      });
      expect(unauthorized.changes.map(c => c.id)).toEqual([saved[0].id]);
    });

    it('pages newest first and forgets items that left the catalog', async () => {
      const store = await createStore();
      const refs = Array.from(
        { length: 5 },
        (_, i) => `resource:default/srv-${i}`,
      );
      await store.saveLook({
        snapshots: refs.map(entityRef => ({
          entityRef,
          etag: 'e',
          snapshot: {},
          seenAt: now,
        })),
        removed: [],
        changes: refs.map(entityRef => ({
          entityRef,
          kind: 'added' as const,
          differences: [],
          detectedAt: now,
        })),
      });
      const first = await store.listChanges({ limit: 3 });
      expect(first.hasMore).toBe(true);
      const second = await store.listChanges({
        limit: 3,
        beforeId: first.changes[2].id,
      });
      expect(
        [...first.changes, ...second.changes].map(c => c.entityRef),
      ).toEqual([...refs].reverse());
      expect(second.hasMore).toBe(false);

      await store.saveLook({
        snapshots: [],
        removed: [refs[0], refs[1]],
        changes: [],
      });
      expect([...(await store.snapshotEtags()).keys()].sort()).toEqual(
        refs.slice(2),
      );
    });
  },
);
