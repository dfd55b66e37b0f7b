import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { RecordCriteria } from '../database/RecordStore';
import { RecordConflictError } from './RecordConflictError';
import { RequestContext } from './RecordService';
import {
  ctx,
  report,
  setupRecordService,
} from '../__testUtils__/setupRecordService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const setup = () => setupRecordService(databases);

/** Criteria that only let records reported by `userRef` through. */
function reportedBy(userRef: string): RecordCriteria {
  return { kind: 'reportedBy', userRefs: [userRef] };
}

describe('DefaultRecordService', () => {
  describe('create', () => {
    it('reports an incident in its first state, by the caller, and says so', async () => {
      const { service, publish, audits } = await setup();
      const result = await service.create(
        'incident',
        { ...report, title: '  Checkout returns 500  ' },
        ctx,
      );
      expect(result.created).toBe(true);
      expect(result.record).toMatchObject({
        ref: 'INC-1',
        type: 'incident',
        state: 'new',
        version: 1,
        title: 'Checkout returns 500',
        entityRefs: ['component:default/checkout-service'],
        createdBy: 'user:default/pat.engineer',
      });
      expect(publish).toHaveBeenCalledTimes(1);
      expect(publish).toHaveBeenCalledWith(result.record);
      expect(await audits()).toEqual([
        {
          eventId: 'record-create',
          meta: { type: 'incident' },
          success: [{ meta: { type: 'incident', ref: 'INC-1' } }],
          fail: [],
        },
      ]);
    });

    it('records a service caller as service:<subject>', async () => {
      const { service } = await setup();
      const { record } = await service.create('incident', report, {
        credentials: mockCredentials.service('plugin:alerts'),
      });
      expect(record.createdBy).toBe('service:plugin:alerts');
    });

    it.each(['', '   ', '\n\t'])(
      'refuses the blank title %p, audits the failure and stores nothing',
      async title => {
        const { service, store, publish, audits } = await setup();
        const attempt = service.create('incident', { ...report, title }, ctx);
        await expect(attempt).rejects.toThrow(InputError);
        await expect(attempt).rejects.toThrow('title must not be blank');
        expect(publish).not.toHaveBeenCalled();
        const { records } = await store.listRecords({
          type: 'incident',
          limit: 10,
        });
        expect(records).toEqual([]);
        const [audit] = await audits();
        expect(audit.success).toEqual([]);
        expect(audit.fail).toEqual([
          { meta: { type: 'incident' }, error: expect.any(InputError) },
        ]);
      },
    );

    it('refuses entities the catalog does not know, with the audit showing the failure', async () => {
      const { service, publish, audits } = await setup();
      await expect(
        service.create(
          'incident',
          { ...report, entityRefs: ['component:nope'] },
          ctx,
        ),
      ).rejects.toThrow("entityRefs[0] 'component:nope' is not in the catalog");
      expect(publish).not.toHaveBeenCalled();
      expect((await audits())[0].fail).toHaveLength(1);
    });

    it('answers a repeated Idempotency-Key with the first record, telling open pages once', async () => {
      const { service, publish, store, audits } = await setup();
      const keyed = { ...ctx, idempotencyKey: 'form-42' };
      const first = await service.create('incident', report, keyed);
      const again = await service.create('incident', report, keyed);
      expect(first.created).toBe(true);
      expect(again.created).toBe(false);
      expect(again.record.id).toBe(first.record.id);
      expect(publish).toHaveBeenCalledTimes(1);
      const { records } = await store.listRecords({
        type: 'incident',
        limit: 10,
      });
      expect(records).toHaveLength(1);
      expect((await audits()).map(a => a.success)).toEqual([
        [{ meta: { type: 'incident', ref: 'INC-1' } }],
        [{ meta: { type: 'incident', ref: 'INC-1' } }],
      ]);
    });

    it("checks each type's own intake: a problem needs its category", async () => {
      const { service } = await setup();
      await expect(service.create('problem', report, ctx)).rejects.toThrow(
        /^category must be one of hardware, software/,
      );
    });
  });

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

  describe('transition', () => {
    it('moves the record, audits it with its ref and tells open pages', async () => {
      const { service, reported, publish, audits } = await setup();
      await reported();
      publish.mockClear();
      const moved = await service.transition(
        'incident',
        'INC-1',
        { action: 'start', version: 1 },
        ctx,
      );
      expect(moved).toMatchObject({
        ref: 'INC-1',
        state: 'in_progress',
        version: 2,
      });
      expect(publish).toHaveBeenCalledWith(moved);
      const [, audit] = await audits();
      expect(audit).toEqual({
        eventId: 'record-transition',
        meta: { type: 'incident', record: 'INC-1', action: 'start' },
        success: [
          {
            meta: {
              type: 'incident',
              record: 'INC-1',
              action: 'start',
              ref: 'INC-1',
            },
          },
        ],
        fail: [],
      });
    });

    it('keeps resolvedAt and closedAt true through resolve, reopen, resolve and close', async () => {
      const { service, reported } = await setup();
      await reported();
      const move = (version: number, action: string, extra: object = {}) =>
        service.transition(
          'incident',
          'INC-1',
          { action, version, ...extra },
          ctx,
        );
      const resolved = await move(1, 'resolve', {
        resolution: 'Restarted',
        cause: 'Memory leak',
        verification: 'Checked',
      });
      expect(resolved.resolvedAt).toEqual(expect.any(String));
      expect(resolved.fields.resolution).toBe('Restarted');
      const reopened = await move(2, 'reopen', { reason: 'Broke again' });
      expect(reopened.state).toBe('in_progress');
      expect(reopened.resolvedAt).toBeUndefined();
      const again = await move(3, 'resolve', {
        resolution: 'Rolled back',
        cause: 'Bad release',
        verification: 'Checked',
      });
      const closed = await move(4, 'close');
      expect(closed.state).toBe('closed');
      expect(closed.resolvedAt).toBe(again.resolvedAt);
      expect(closed.closedAt).toEqual(expect.any(String));
      expect(Date.parse(closed.closedAt!)).toBeGreaterThan(
        Date.parse(closed.resolvedAt!),
      );
    });

    it('audits a move the caller may not make', async () => {
      const { service, reported, audits } = await setup();
      await reported();
      await expect(
        service.transition(
          'incident',
          'INC-1',
          { action: 'start', version: 1 },
          { ...ctx, access: { write: { kind: 'none' } } },
        ),
      ).rejects.toThrow(NotAllowedError);
      const [, audit] = await audits();
      expect(audit.fail).toEqual([
        {
          meta: { type: 'incident', record: 'INC-1', action: 'start' },
          error: expect.any(NotAllowedError),
        },
      ]);
    });

    it('refuses an illegal move with a 409, audits the failure and changes nothing', async () => {
      const { service, reported, publish, audits } = await setup();
      const record = await reported();
      publish.mockClear();
      await expect(
        service.transition(
          'incident',
          'INC-1',
          { action: 'close', version: 1 },
          ctx,
        ),
      ).rejects.toThrow(/Cannot close a record that is New/);
      expect(publish).not.toHaveBeenCalled();
      await expect(service.get('incident', 'INC-1', ctx)).resolves.toEqual(
        record,
      );
      const [, audit] = await audits();
      expect(audit.success).toEqual([]);
      expect(audit.fail).toEqual([
        {
          meta: { type: 'incident', record: 'INC-1', action: 'close' },
          error: expect.any(ConflictError),
        },
      ]);
    });

    it('answers a stale version with a conflict carrying the current record', async () => {
      const { service, reported, audits } = await setup();
      await reported();
      const current = await service.transition(
        'incident',
        'INC-1',
        { action: 'start', version: 1 },
        ctx,
      );
      const attempt = service.transition(
        'incident',
        'INC-1',
        {
          action: 'resolve',
          version: 1,
          resolution: 'Restarted',
          cause: 'Memory leak',
          verification: 'Checked',
        },
        ctx,
      );
      await expect(attempt).rejects.toThrow(RecordConflictError);
      const error = await attempt.catch(e => e);
      expect(error.current).toEqual(current);
      expect((await audits())[2].fail).toHaveLength(1);
    });

    it('answers a change that lost a race with a conflict carrying the winner', async () => {
      const { service, store, reported } = await setup();
      const record = await reported();
      const realUpdate = store.updateRecord.bind(store);
      // Someone else resolves the incident between our read and our write.
      jest
        .spyOn(store, 'updateRecord')
        .mockImplementationOnce(async options => {
          await realUpdate({
            type: 'incident',
            id: record.id,
            expectedVersion: 1,
            set: { state: 'resolved', fields: { resolution: 'Fixed' } },
            event: {
              kind: 'transition',
              actor: 'user:default/sam.agent',
              data: {},
            },
            now: '2026-11-28T12:00:00.000Z',
          });
          return realUpdate(options);
        });
      const error = await service
        .transition('incident', 'INC-1', { action: 'start', version: 1 }, ctx)
        .catch(e => e);
      expect(error).toBeInstanceOf(RecordConflictError);
      expect(error.current).toMatchObject({ version: 2, state: 'resolved' });
    });

    it('refuses to move a record the policy lets the caller see but not work', async () => {
      const { service, reported, publish } = await setup();
      await reported();
      publish.mockClear();
      await expect(
        service.transition(
          'incident',
          'INC-1',
          { action: 'start', version: 1 },
          { ...ctx, access: { write: reportedBy('user:default/other') } },
        ),
      ).rejects.toThrow(NotAllowedError);
      expect(publish).not.toHaveBeenCalled();
      await expect(
        service.get('incident', 'INC-1', ctx),
      ).resolves.toMatchObject({
        version: 1,
        state: 'new',
      });
    });
  });

  describe('update', () => {
    it('changes fields, logs exactly what changed and tells open pages', async () => {
      const { service, store, reported, publish } = await setup();
      const record = await reported();
      publish.mockClear();
      const updated = await service.update(
        'incident',
        'INC-1',
        {
          version: 1,
          title: ' Checkout returns 502 ',
          priority: 'P2',
          entityRefs: ['resource:payments-db', 'component:checkout-service'],
        },
        ctx,
      );
      expect(updated).toMatchObject({
        version: 2,
        title: 'Checkout returns 502',
        priority: 'P2',
        entityRefs: [
          'component:default/checkout-service',
          'resource:default/payments-db',
        ],
      });
      expect(publish).toHaveBeenCalledWith(updated);
      const { events } = await store.listTimeline({
        recordId: record.id,
        limit: 10,
      });
      expect(events[1]).toMatchObject({
        kind: 'updated',
        actor: 'user:default/pat.engineer',
        data: {
          changes: [
            {
              field: 'title',
              from: 'Checkout returns 500',
              to: 'Checkout returns 502',
            },
            {
              field: 'entityRefs',
              from: ['component:default/checkout-service'],
              to: [
                'component:default/checkout-service',
                'resource:default/payments-db',
              ],
            },
          ],
        },
      });
    });

    it('treats an edit that changes nothing as no change at all', async () => {
      const { service, store, reported, publish } = await setup();
      const record = await reported();
      publish.mockClear();
      const same = await service.update(
        'incident',
        'INC-1',
        {
          version: 1,
          title: report.title,
          entityRefs: ['component:checkout-service'],
        },
        ctx,
      );
      expect(same).toEqual(record);
      expect(publish).not.toHaveBeenCalled();
      const { events } = await store.listTimeline({
        recordId: record.id,
        limit: 10,
      });
      expect(events.map(e => e.kind)).toEqual(['created']);
    });

    it('answers a stale version with a conflict carrying the current record', async () => {
      const { service, reported } = await setup();
      await reported();
      const current = await service.update(
        'incident',
        'INC-1',
        { version: 1, priority: 'P4' },
        ctx,
      );
      const error = await service
        .update('incident', 'INC-1', { version: 1, title: 'Mine' }, ctx)
        .catch(e => e);
      expect(error).toBeInstanceOf(RecordConflictError);
      expect(error.current).toEqual(current);
    });

    it.each(['', '  '])('refuses the blank title %p', async title => {
      const { service, reported } = await setup();
      await reported();
      await expect(
        service.update('incident', 'INC-1', { version: 1, title }, ctx),
      ).rejects.toThrow('title must not be blank');
    });
  });

  describe('comment', () => {
    it('adds a comment to the timeline and tells open pages', async () => {
      const { service, reported, publish } = await setup();
      await reported();
      publish.mockClear();
      const event = await service.comment(
        'incident',
        'INC-1',
        { body: 'Looking into it' },
        ctx,
      );
      expect(event).toMatchObject({
        kind: 'comment',
        actor: 'user:default/pat.engineer',
        data: { body: 'Looking into it' },
      });
      expect(publish).toHaveBeenCalledTimes(1);
      const { events } = await service.timeline('incident', 'INC-1', {}, ctx);
      expect(events.map(e => e.kind)).toEqual(['created', 'comment']);
    });

    it('refuses a blank comment', async () => {
      const { service, reported } = await setup();
      await reported();
      await expect(
        service.comment('incident', 'INC-1', { body: '  ' }, ctx),
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

  describe('link', () => {
    it('links two records once, by human id', async () => {
      const { service, reported } = await setup();
      await reported();
      await reported();
      const view = await service.link(
        'incident',
        'INC-2',
        { target: 'inc-1', kind: 'duplicates' },
        ctx,
      );
      expect(view.source.ref).toBe('INC-2');
      expect(view.target.ref).toBe('INC-1');
      expect(view.link.kind).toBe('duplicates');
      await expect(
        service.link(
          'incident',
          'INC-2',
          { target: 'INC-1', kind: 'duplicates' },
          ctx,
        ),
      ).rejects.toThrow(
        'target: INC-2 is already linked to INC-1 as duplicates',
      );
      const links = await service.links('incident', 'INC-1', ctx);
      expect(links).toHaveLength(1);
    });

    it.each([
      ['INC-1', 'target: a record cannot be linked to itself'],
      ['INC-9', 'target: no record INC-9'],
      ['PRB-1', 'target: no record PRB-1'],
    ])('refuses the target %p', async (target, message) => {
      const { service, reported } = await setup();
      await reported();
      const attempt = service.link(
        'incident',
        'INC-1',
        { target, kind: 'relates-to' },
        ctx,
      );
      await expect(attempt).rejects.toThrow(InputError);
      await expect(attempt).rejects.toThrow(message);
    });
  });
});
