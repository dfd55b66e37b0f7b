import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { StoredRecord } from '../../core/database/RecordStore';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import {
  AUTO_CLOSE_ACTOR,
  IncidentAutoCloseTask,
} from './IncidentAutoCloseTask';
import { aNewRecord } from '../../core/__testUtils__/aNewRecord';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const base = aNewRecord({
  description: '',
  priority: 'P3',
  entityRefs: [],
  entityOwners: [],
  now: '2026-11-01T10:00:00.000Z',
});

describe.each(databases.eachSupportedId())(
  'IncidentAutoCloseTask on %p',
  id => {
    async function setup() {
      const knex = await databases.init(id);
      const store = await DatabaseRecordStore.create({ knex });
      const publish = jest.fn(async (_r: StoredRecord) => {});
      const task = new IncidentAutoCloseTask({
        store,
        auditor: mockServices.auditor.mock(),
        publisher: { publish } as unknown as RecordChangePublisher,
        logger: mockServices.logger.mock(),
        after: { days: 5 },
        now: () => new Date('2026-11-28T10:00:00.000Z'),
      });
      async function resolvedAt(resolvedAtTime: string) {
        const { record } = await store.createRecord(base);
        return (await store.updateRecord({
          type: 'incident',
          id: record.id,
          expectedVersion: 1,
          set: {
            state: 'resolved',
            resolvedAt: resolvedAtTime,
            fields: { resolution: 'r', cause: 'c', verification: 'v' },
          },
          event: { kind: 'transition', actor: 'user:default/sam', data: {} },
          now: resolvedAtTime,
        }))!;
      }
      return { store, task, publish, resolvedAt };
    }

    it('closes resolutions not confirmed within the configured time, and only those', async () => {
      const { store, task, publish, resolvedAt } = await setup();
      const old = await resolvedAt('2026-11-20T10:00:00.000Z');
      const recent = await resolvedAt('2026-11-27T10:00:00.000Z');
      await store.createRecord(base); // open: never auto-closed

      expect(await task.run()).toBe(1);

      const closed = await store.getRecord({ type: 'incident', id: old.id });
      expect(closed).toMatchObject({
        state: 'closed',
        closedAt: '2026-11-28T10:00:00.000Z',
      });
      const { events } = await store.listTimeline({
        recordId: old.id,
        limit: 10,
      });
      expect(events[events.length - 1]).toMatchObject({
        kind: 'transition',
        actor: AUTO_CLOSE_ACTOR,
        data: {
          action: 'close',
          from: 'resolved',
          to: 'closed',
          comment:
            'Closed automatically: the reporter did not confirm the resolution within 5 days',
        },
      });
      expect(
        (await store.getRecord({ type: 'incident', id: recent.id }))?.state,
      ).toBe('resolved');
      expect(publish).toHaveBeenCalledTimes(1);

      // A second run (another replica, the next tick) finds nothing to do.
      expect(await task.run()).toBe(0);
    });

    it('passes over a major incident waiting for its review and closes the rest', async () => {
      const { store, task, resolvedAt } = await setup();
      const major = await resolvedAt('2026-11-10T10:00:00.000Z');
      await store.updateRecord({
        type: 'incident',
        id: major.id,
        expectedVersion: major.version,
        set: {
          fields: {
            ...major.fields,
            major: { declaredBy: 'x', declaredAt: 'y', reason: 'z' },
          },
        },
        event: { kind: 'updated', actor: 'user:default/sam', data: {} },
        now: '2026-11-10T10:00:00.000Z',
      });
      const ordinary = await resolvedAt('2026-11-12T10:00:00.000Z');
      expect(await task.run()).toBe(1);
      expect(
        (await store.getRecord({ type: 'incident', id: major.id }))?.state,
      ).toBe('resolved');
      expect(
        (await store.getRecord({ type: 'incident', id: ordinary.id }))?.state,
      ).toBe('closed');
    });
  },
);
