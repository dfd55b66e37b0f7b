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

      expect(await store.snapshotEtags()).toEqual(
        new Map([[server, { etag: 'e2' }]]),
      );
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

    it('answers impact nodes from the index, one direction at a time, leaving out items it cannot', async () => {
      const store = await createStore();
      const db = 'resource:default/payments-db';
      const seen = { etag: 'e1', snapshot: {}, seenAt: now };
      await store.saveLook({
        snapshots: [
          {
            ...seen,
            entityRef: db,
            index: {
              kind: 'Resource',
              title: 'Payments DB',
              ciClass: 'software/database',
              classified: true,
            },
            impact: {
              kind: 'Resource',
              owners: ['group:default/dba-team'],
              downstream: [
                {
                  entityRef: 'component:default/payments',
                  relation: 'dependencyOf',
                },
              ],
              upstream: [{ entityRef: server, relation: 'dependsOn' }],
            },
          },
          // Indexed by a look from before the index kept relations.
          { ...seen, entityRef: server },
        ],
        removed: [],
        changes: [],
      });

      const refs = [db, server, 'component:default/none'];
      const downstream = await store.impactNodes(refs, 'downstream');
      expect([...downstream.keys()]).toEqual([db]);
      expect(downstream.get(db)).toEqual({
        entityRef: db,
        kind: 'Resource',
        title: 'Payments DB',
        ciClass: 'software/database',
        owners: ['group:default/dba-team'],
        next: [
          { entityRef: 'component:default/payments', relation: 'dependencyOf' },
        ],
      });
      expect((await store.impactNodes(refs, 'upstream')).get(db)?.next).toEqual(
        [{ entityRef: server, relation: 'dependsOn' }],
      );
    });

    it('reads the whole graph of the asked kinds with upstream links and annotations, counting items without links', async () => {
      const store = await createStore();
      const checkout = 'component:default/checkout';
      const seen = { etag: 'e1', seenAt: now };
      const links = (upstream: string[]) => ({
        kind: 'Component',
        owners: [],
        downstream: [],
        upstream: upstream.map(entityRef => ({
          entityRef,
          relation: 'dependsOn' as const,
        })),
      });
      await store.saveLook({
        snapshots: [
          {
            ...seen,
            entityRef: checkout,
            snapshot: {
              'metadata.annotations.itsm/sla': 'gold',
              'spec.lifecycle': 'production',
            },
            index: {
              kind: 'Component',
              title: 'Checkout',
              ciClass: 'software/service',
              classified: true,
              owner: 'group:default/payments-team',
              system: 'system:default/payments',
              lifecycle: 'production',
            },
            impact: links([server]),
          },
          {
            ...seen,
            entityRef: server,
            snapshot: { 'spec.type': 'server' },
            index: {
              kind: 'Resource',
              title: 'srv-db-01',
              ciClass: 'hardware/server',
              classified: true,
            },
            impact: { ...links([]), kind: 'Resource' },
          },
          {
            ...seen,
            entityRef: 'api:default/payments-api',
            snapshot: {},
            index: {
              kind: 'API',
              title: 'Payments API',
              ciClass: 'software/api',
              classified: true,
            },
            impact: { ...links([]), kind: 'API' },
          },
        ],
        removed: [],
        changes: [],
      });

      const read = await store.indexedLinks({
        kinds: ['component', 'resource'],
        annotations: ['itsm/sla'],
      });
      expect(read.unlinked).toBe(0);
      expect(
        read.items.sort((a, b) => a.entityRef.localeCompare(b.entityRef)),
      ).toEqual([
        {
          entityRef: checkout,
          kind: 'component',
          title: 'Checkout',
          owner: 'group:default/payments-team',
          system: 'system:default/payments',
          lifecycle: 'production',
          upstream: [{ entityRef: server, relation: 'dependsOn' }],
          annotations: { 'itsm/sla': 'gold' },
        },
        {
          entityRef: server,
          kind: 'resource',
          title: 'srv-db-01',
          upstream: [],
          annotations: {},
        },
      ]);

      // An item indexed by a look from before the index kept relations.
      await store.saveLook({
        snapshots: [
          { ...seen, entityRef: 'component:default/old', snapshot: {} },
        ],
        removed: [],
        changes: [],
      });
      expect(
        (await store.indexedLinks({ kinds: ['component'], annotations: [] }))
          .unlinked,
      ).toBe(1);
    });

    it('reads impact nodes of more refs than one statement binds', async () => {
      const store = await createStore();
      const refs = Array.from(
        { length: 1234 },
        (_, i) => `component:default/c-${String(i).padStart(4, '0')}`,
      );
      await store.saveLook({
        snapshots: refs.map(entityRef => ({
          entityRef,
          etag: 'e1',
          snapshot: {},
          seenAt: now,
          impact: {
            kind: 'Component',
            owners: [],
            downstream: [],
            upstream: [],
          },
        })),
        removed: [],
        changes: [],
      });
      expect((await store.impactNodes(refs, 'downstream')).size).toBe(1234);
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

    it('lists items by class, kind, owner, text and attribute, in ref order, a page at a time', async () => {
      const store = await createStore();
      const item = (
        name: string,
        ciClass: string,
        owner: string | undefined,
        snapshot: Record<string, string> = {},
      ) => ({
        entityRef: `resource:default/${name}`,
        etag: 'e',
        snapshot,
        seenAt: now,
        changedAt: now,
        index: {
          kind: 'Resource',
          type: ciClass.split('/')[1],
          title: name.toUpperCase(),
          ciClass,
          classified: true,
          ...(owner ? { owner, supportGroup: owner } : {}),
        },
      });
      await store.saveLook({
        snapshots: [
          item('srv-1', 'hardware/server', 'group:default/ops', {
            'metadata.annotations.itsm/supplier': 'Dell',
          }),
          item('srv-2', 'hardware/server', 'group:default/dba', {
            'metadata.annotations.itsm/supplier': 'HPE',
          }),
          item('sw-1', 'hardware/network-device', 'group:default/ops'),
          item('db-1', 'software/database', undefined),
          item('hardware_x', 'other/hardware_x', 'group:default/ops'),
        ],
        removed: [],
        changes: [],
      });
      const refs = async (filters: Parameters<typeof store.listItems>[0]) =>
        (await store.listItems(filters)).items.map(
          i => i.entityRef.split('/')[1],
        );

      expect(await refs({ ciClass: 'hardware', limit: 10 })).toEqual([
        'srv-1',
        'srv-2',
        'sw-1',
      ]);
      expect(
        await refs({
          ciClass: 'hardware/server',
          owner: 'group:default/ops',
          limit: 10,
        }),
      ).toEqual(['srv-1']);
      expect(await refs({ kind: 'resource', text: 'SW', limit: 10 })).toEqual([
        'sw-1',
      ]);
      expect(await refs({ text: '_x', limit: 10 })).toEqual(['hardware_x']);
      expect(
        await refs({
          attribute: {
            path: 'metadata.annotations.itsm/supplier',
            value: 'HPE',
          },
          limit: 10,
        }),
      ).toEqual(['srv-2']);

      const first = await store.listItems({ limit: 2 });
      expect(first.hasMore).toBe(true);
      const second = await store.listItems({
        limit: 10,
        afterRef: first.items[1].entityRef,
      });
      expect(
        [...first.items, ...second.items].map(i => i.entityRef.split('/')[1]),
      ).toEqual(['db-1', 'hardware_x', 'srv-1', 'srv-2', 'sw-1']);
      expect(first.items[0]).toEqual({
        entityRef: 'resource:default/db-1',
        kind: 'resource',
        type: 'database',
        title: 'DB-1',
        ciClass: 'software/database',
        classified: true,
        changedAt: now,
      });
    });

    it('reports counts by class, owner and lifecycle, and the items with a problem', async () => {
      const store = await createStore();
      const base = { etag: 'e', snapshot: {}, seenAt: now };
      await store.saveLook({
        snapshots: [
          {
            ...base,
            entityRef: 'resource:default/srv-1',
            changedAt: '2026-01-01T00:00:00.000Z',
            index: {
              kind: 'Resource',
              title: 'srv-1',
              ciClass: 'hardware/server',
              classified: true,
              owner: 'group:default/ops',
              supportGroup: 'group:default/ops',
              lifecycle: 'production',
            },
          },
          {
            ...base,
            entityRef: 'location:default/x',
            changedAt: now,
            index: {
              kind: 'Location',
              title: 'x',
              ciClass: 'other',
              classified: false,
            },
          },
        ],
        removed: [],
        changes: [],
      });
      const report = await store.report({
        staleBefore: '2026-06-01T00:00:00.000Z',
        listLimit: 10,
      });
      expect(report.total).toBe(2);
      expect(report.byClass).toEqual([
        { key: 'hardware/server', count: 1 },
        { key: 'other', count: 1 },
      ]);
      expect(report.byOwner).toEqual(
        expect.arrayContaining([
          { key: '', count: 1 },
          { key: 'group:default/ops', count: 1 },
        ]),
      );
      expect(report.counts).toEqual({
        noOwner: 1,
        unclassified: 1,
        noSupportGroup: 1,
        stale: 1,
      });
      expect(report.noOwner.map(i => i.entityRef)).toEqual([
        'location:default/x',
      ]);
      expect(report.stale.map(i => i.entityRef)).toEqual([
        'resource:default/srv-1',
      ]);
    });
  },
);
