import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { InputError, NotAllowedError } from '@backstage/errors';
import { RecordCriteria } from '../../core/database/RecordStore';
import {
  ctx,
  setupRecordService,
} from '../../__testUtils__/setupRecordService';
import { RequestContext } from '../../core/services/RecordService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const setup = () => setupRecordService(databases);

const NOTHING: RecordCriteria = { kind: 'none' };
const sam: RequestContext = {
  credentials: mockCredentials.user('user:default/sam.agent'),
};
/** Pat reported the incidents; as reporter they may read and reply only. */
const patAsReporter: RequestContext = {
  ...ctx,
  access: { write: NOTHING, workNote: NOTHING },
};
const fix = {
  resolution: 'Rolled back',
  cause: 'Bad release',
  verification: 'Payments go through',
};

describe('service desk use cases', () => {
  describe('work notes', () => {
    it('shows work notes only to those who may read them', async () => {
      const { service, reported } = await setup();
      await reported();
      await service.comment('incident', 'INC-1', { body: 'We are on it' }, sam);
      await service.comment(
        'incident',
        'INC-1',
        { body: 'Looks like the LB', visibility: 'work_note' },
        sam,
      );
      const bodies = async (who: RequestContext) =>
        (await service.timeline('incident', 'INC-1', {}, who)).events
          .filter(e => e.kind === 'comment')
          .map(e => e.data.body);
      expect(await bodies(sam)).toEqual(['We are on it', 'Looks like the LB']);
      expect(await bodies(patAsReporter)).toEqual(['We are on it']);
    });

    it('refuses a work note from someone who may only reply', async () => {
      const { service, reported } = await setup();
      await reported();
      await expect(
        service.comment(
          'incident',
          'INC-1',
          { body: 'psst', visibility: 'work_note' },
          patAsReporter,
        ),
      ).rejects.toThrow(NotAllowedError);
    });
  });

  describe('confirming a resolution', () => {
    async function resolved() {
      const fixture = await setup();
      const record = await fixture.reported();
      const done = await fixture.service.transition(
        'incident',
        'INC-1',
        { action: 'resolve', version: record.version, ...fix },
        sam,
      );
      return { ...fixture, done };
    }

    it('lets the reporter confirm with a rating, which is kept', async () => {
      const { service, done } = await resolved();
      const closed = await service.transition(
        'incident',
        'INC-1',
        { action: 'close', version: done.version, rating: 5, feedback: 'Fast' },
        patAsReporter,
      );
      expect(closed).toMatchObject({
        state: 'closed',
        satisfactionRating: 5,
        fields: { feedback: 'Fast' },
      });
    });

    it('lets the reporter reject the resolution, and refuses agents to confirm for them', async () => {
      const { service, done } = await resolved();
      await expect(
        service.transition(
          'incident',
          'INC-1',
          { action: 'close', version: done.version },
          sam,
        ),
      ).rejects.toThrow(/Only the reporter of INC-1/);
      const reopened = await service.transition(
        'incident',
        'INC-1',
        { action: 'reopen', version: done.version, reason: 'Still 500s' },
        patAsReporter,
      );
      expect(reopened.state).toBe('in_progress');
    });

    it('refuses the reporter the moves of those who work the incident', async () => {
      const { service, reported } = await setup();
      const record = await reported();
      await expect(
        service.transition(
          'incident',
          'INC-1',
          { action: 'start', version: record.version },
          patAsReporter,
        ),
      ).rejects.toThrow(NotAllowedError);
    });
  });

  describe('allowed actions', () => {
    it('tells reporters they respond, and workers they work and write work notes', async () => {
      const { service, reported } = await setup();
      const record = await reported();
      const forPat = await service.allowedActions([record], patAsReporter);
      expect(forPat.get(record.id)).toEqual({
        update: false,
        comment: true,
        workNote: false,
        respond: true,
      });
      const forSam = await service.allowedActions([record], sam);
      expect(forSam.get(record.id)).toEqual({
        update: true,
        comment: true,
        workNote: true,
        respond: false,
      });
    });
  });

  describe('assignment', () => {
    it('hands an incident to another group at its tier, and to nobody', async () => {
      const { service, reported, store } = await setup();
      const record = await reported({ assignee: 'user:default/sam.agent' });
      const moved = await service.update(
        'incident',
        'INC-1',
        {
          version: record.version,
          assignmentGroup: 'group:default/service-desk',
          assignee: null,
        },
        sam,
      );
      expect(moved.assignmentGroup).toBe('group:default/service-desk');
      expect(moved.supportTier).toBe('L1');
      expect(moved.assignee).toBeUndefined();
      const { events } = await store.listTimeline({
        recordId: record.id,
        limit: 10,
      });
      expect(events[events.length - 1].data.changes).toEqual([
        {
          field: 'assignmentGroup',
          from: 'group:default/payments-team',
          to: 'group:default/service-desk',
        },
        { field: 'assignee', from: 'user:default/sam.agent', to: null },
      ]);
    });
  });

  describe('queues', () => {
    it('lists a queue by priority and pages it with cursors of that sort', async () => {
      const { service, reported } = await setup();
      await reported({ priority: 'P3' });
      await reported({ priority: 'P1' });
      await reported({ priority: 'P2' });
      const first = await service.list(
        'incident',
        { sort: 'priority', limit: 2 },
        sam,
      );
      expect(first.records.map(r => r.ref)).toEqual(['INC-2', 'INC-3']);
      const second = await service.list(
        'incident',
        { sort: 'priority', limit: 2, cursor: first.nextCursor },
        sam,
      );
      expect(second.records.map(r => r.ref)).toEqual(['INC-1']);
      await expect(
        service.list(
          'incident',
          { sort: 'newest', cursor: first.nextCursor },
          sam,
        ),
      ).rejects.toThrow(/cursor is not valid for sort newest/);
    });

    it('finds an incident by its human id and refuses a blank search', async () => {
      const { service, reported } = await setup();
      await reported({ title: 'Printer jams' });
      await reported({ title: 'Checkout down' });
      const found = await service.list('incident', { q: 'inc-1' }, sam);
      expect(found.records.map(r => r.title)).toEqual(['Printer jams']);
      await expect(service.list('incident', { q: '  ' }, sam)).rejects.toThrow(
        InputError,
      );
    });
  });
});
