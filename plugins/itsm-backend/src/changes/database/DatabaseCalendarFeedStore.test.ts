import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseCalendarFeedStore } from './DatabaseCalendarFeedStore';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const wes = 'user:default/wes.web';
const pat = 'user:default/pat.engineer';
const ids = [
  '0b5f3c0e-8d1e-4c1b-9a53-3d2b6c1e7a01',
  '0b5f3c0e-8d1e-4c1b-9a53-3d2b6c1e7a02',
  '0b5f3c0e-8d1e-4c1b-9a53-3d2b6c1e7a03',
];

describe.each(databases.eachSupportedId())(
  'DatabaseCalendarFeedStore on %p',
  id => {
    async function createStore() {
      const knex = await databases.init(id);
      await DatabaseRecordStore.create({ knex }); // runs the migrations
      return new DatabaseCalendarFeedStore(knex);
    }

    it("keeps each user's subscriptions, finds one by its token's hash and lets only its owner delete it", async () => {
      const store = await createStore();
      await store.create({
        id: ids[0],
        tokenHash: 'a'.repeat(64),
        owner: wes,
        now: '2026-11-28T10:00:00.000Z',
      });
      await store.create({
        id: ids[1],
        tokenHash: 'b'.repeat(64),
        owner: wes,
        entityRef: 'component:default/web-shop',
        now: '2026-11-28T11:00:00.000Z',
      });
      await store.create({
        id: ids[2],
        tokenHash: 'c'.repeat(64),
        owner: pat,
        now: '2026-11-28T12:00:00.000Z',
      });

      expect(await store.listByOwner(wes)).toEqual([
        {
          id: ids[1],
          owner: wes,
          entityRef: 'component:default/web-shop',
          createdAt: '2026-11-28T11:00:00.000Z',
        },
        { id: ids[0], owner: wes, createdAt: '2026-11-28T10:00:00.000Z' },
      ]);

      const used = await store.use('b'.repeat(64), '2026-11-29T08:00:00.000Z');
      expect(used).toMatchObject({
        id: ids[1],
        lastUsedAt: '2026-11-29T08:00:00.000Z',
      });
      expect((await store.listByOwner(wes))[0].lastUsedAt).toBe(
        '2026-11-29T08:00:00.000Z',
      );
      expect(await store.use('d'.repeat(64), '2026-11-29T08:00:00.000Z')).toBe(
        undefined,
      );

      expect(await store.delete(ids[1], pat)).toBe(false);
      expect(await store.delete(ids[1], wes)).toBe(true);
      expect(await store.use('b'.repeat(64), '2026-11-29T09:00:00.000Z')).toBe(
        undefined,
      );
      expect((await store.listByOwner(wes)).map(f => f.id)).toEqual([ids[0]]);
    });

    it('refuses a second subscription with the same token hash', async () => {
      const store = await createStore();
      const feed = {
        tokenHash: 'a'.repeat(64),
        owner: wes,
        now: '2026-11-28T10:00:00.000Z',
      };
      await store.create({ ...feed, id: ids[0] });
      await expect(store.create({ ...feed, id: ids[1] })).rejects.toBeTruthy();
      expect(await store.listByOwner(wes)).toHaveLength(1);
    });
  },
);
