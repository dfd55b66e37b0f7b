import { TestDatabases } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { RecordConflictError } from './RecordConflictError';
import {
  ctx,
  report,
  setupRecordService,
} from '../../__testUtils__/setupRecordService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const setup = () => setupRecordService(databases);

describe('DefaultRecordService edits', () => {
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
