import { TestDatabases } from '@backstage/backend-test-utils';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { RecordCriteria } from '../database/RecordStore';
import { RequestContext } from './RecordService';
import {
  ctx,
  setupRecordService,
} from '../../__testUtils__/setupRecordService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const setup = () => setupRecordService(databases);

/** Criteria that only let records reported by `userRef` through. */
function reportedBy(userRef: string): RecordCriteria {
  return { kind: 'reportedBy', userRefs: [userRef] };
}

describe('DefaultRecordService reads', () => {
  describe('get', () => {
    it('finds a record by its human id in any case and by its internal id', async () => {
      const { service, reported } = await setup();
      const record = await reported();
      for (const key of [
        'INC-1',
        'inc-1',
        ' INC-1 ',
        record.id,
        record.id.toUpperCase(),
      ]) {
        await expect(service.get('incident', key, ctx)).resolves.toEqual(
          record,
        );
      }
    });

    it.each([
      'INC-2',
      'CHG-1',
      '00000000-0000-4000-8000-000000000000',
      'nonsense',
      'INC-0',
    ])('answers 404 for %p', async key => {
      const { service, reported } = await setup();
      await reported();
      await expect(service.get('incident', key, ctx)).rejects.toThrow(
        NotFoundError,
      );
    });

    it('answers 403 for a record the policy hides, but 404 for one that is missing', async () => {
      const { service, reported } = await setup();
      await reported();
      const hidden = {
        ...ctx,
        access: { read: reportedBy('user:default/other') },
      };
      await expect(service.get('incident', 'INC-1', hidden)).rejects.toThrow(
        NotAllowedError,
      );
      await expect(service.get('incident', 'INC-2', hidden)).rejects.toThrow(
        NotFoundError,
      );
      const visible = {
        ...ctx,
        access: { read: reportedBy('user:default/pat.engineer') },
      };
      await expect(
        service.get('incident', 'INC-1', visible),
      ).resolves.toMatchObject({
        ref: 'INC-1',
      });
    });

    it('answers 403 when the policy denies reading altogether', async () => {
      const { service, reported } = await setup();
      await reported();
      await expect(
        service.get('incident', 'INC-1', {
          ...ctx,
          access: { read: { kind: 'none' } },
        }),
      ).rejects.toThrow(NotAllowedError);
    });
  });

  describe('list', () => {
    it('never hands out more than 100 records a page, and pages on from there', async () => {
      const { service, store } = await setup();
      for (let i = 0; i < 101; i++) {
        await store.createRecord({
          type: 'incident',
          title: `#${i + 1}`,
          description: '',
          state: 'new',
          priority: 'P3',
          fields: {},
          entityRefs: [],
          isOpen: true,
          reportedBy: 'user:default/pat.engineer',
          createdBy: 'user:default/pat.engineer',
          entityOwners: [],
          now: '2026-11-28T10:00:00.000Z',
        });
      }
      const first = await service.list('incident', { limit: 1000 }, ctx);
      expect(first.records).toHaveLength(100);
      expect(first.records[0].ref).toBe('INC-101');
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await service.list(
        'incident',
        { limit: 1000, cursor: first.nextCursor },
        ctx,
      );
      expect(second.records.map(r => r.ref)).toEqual(['INC-1']);
      expect(second.nextCursor).toBeUndefined();
      const byDefault = await service.list('incident', {}, ctx);
      expect(byDefault.records).toHaveLength(25);
    });

    it('filters by state and entity, and by the policy', async () => {
      const { service, reported } = await setup();
      await reported();
      await reported({ entityRefs: ['resource:payments-db'] });
      await service.transition(
        'incident',
        'INC-2',
        { action: 'start', version: 1 },
        ctx,
      );
      const refs = async (query: object, access?: RequestContext['access']) =>
        (await service.list('incident', query, { ...ctx, access })).records.map(
          r => r.ref,
        );
      expect(await refs({ states: ['in_progress'] })).toEqual(['INC-2']);
      expect(await refs({ states: ['new', 'in_progress'] })).toEqual([
        'INC-2',
        'INC-1',
      ]);
      expect(await refs({ entityRef: 'resource:default/payments-db' })).toEqual(
        ['INC-2'],
      );
      expect(
        await refs(
          {},
          {
            read: {
              kind: 'affectedEntityOwnedBy',
              ownerRefs: ['group:default/dba-team'],
            },
          },
        ),
      ).toEqual(['INC-2']);
      expect(await refs({}, { read: { kind: 'none' } })).toEqual([]);
    });

    it('counts by priority with the same filters as the list', async () => {
      const { service, reported } = await setup();
      await reported();
      await reported();
      await reported({ priority: 'P1', entityRefs: ['resource:payments-db'] });
      await service.transition(
        'incident',
        'INC-3',
        { action: 'start', version: 1 },
        ctx,
      );
      const count = (query: object, access?: RequestContext['access']) =>
        service.counts('incident', query, { ...ctx, access });
      expect(await count({})).toEqual({
        total: 3,
        byPriority: { P1: 1, P2: 2, P3: 0, P4: 0 },
      });
      expect(await count({ states: ['new'] })).toEqual({
        total: 2,
        byPriority: { P1: 0, P2: 2, P3: 0, P4: 0 },
      });
      expect(
        await count({ entityRef: 'resource:default/payments-db' }),
      ).toMatchObject({ total: 1, byPriority: { P1: 1 } });
      expect(
        await count({}, { read: reportedBy('user:default/other') }),
      ).toEqual({ total: 0, byPriority: { P1: 0, P2: 0, P3: 0, P4: 0 } });
    });

    it('refuses a cursor it did not make, naming cursor', async () => {
      const { service } = await setup();
      await expect(
        service.list('incident', { cursor: 'zzz' }, ctx),
      ).rejects.toThrow(/^cursor/);
      await expect(
        service.list('incident', { cursor: 'zzz' }, ctx),
      ).rejects.toThrow(InputError);
    });
  });

  describe('timeline', () => {
    it('pages oldest first without gaps or repeats', async () => {
      const { service, reported } = await setup();
      await reported();
      for (let i = 0; i < 4; i++) {
        await service.comment('incident', 'INC-1', { body: `#${i}` }, ctx);
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await service.timeline(
          'incident',
          'INC-1',
          { limit: 2, cursor },
          ctx,
        );
        seen.push(...page.events.map(e => (e.data.body as string) ?? e.kind));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['created', '#0', '#1', '#2', '#3']);
    });
  });
});
