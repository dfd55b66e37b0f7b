import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { RecordCriteria } from '../database/RecordStore';
import { RecordConflictError } from './RecordConflictError';
import {
  ctx,
  report,
  setupRecordService,
} from '../../__testUtils__/setupRecordService';

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
});
