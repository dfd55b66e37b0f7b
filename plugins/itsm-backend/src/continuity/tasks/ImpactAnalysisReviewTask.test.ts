import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import {
  carla,
  paula,
  startContinuityBackend,
} from '../__testUtils__/startContinuityBackend';
import {
  ImpactAnalysisReviewTask,
  REVIEW_ACTOR,
} from './ImpactAnalysisReviewTask';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const grid = [
  'financial',
  'customers',
  'legal',
  'reputation',
  'operations',
].flatMap(category =>
  [60, 240, 1440, 4320, 10080].map(afterMinutes => ({
    category,
    afterMinutes,
    rating: afterMinutes >= 1440 ? 4 : 2,
  })),
);

describe.each(databases.eachSupportedId())(
  'analysis review reminders on %p',
  id => {
    let call: Awaited<ReturnType<typeof startContinuityBackend>>['call'];
    let knex: Knex;
    beforeAll(async () => {
      ({ call, knex } = await startContinuityBackend(databases, id));
    });

    it('reminds the owner once when the review falls due, however many replicas run it', async () => {
      const created = await call(carla).post('/business-impact-analyses', {
        title: 'Checkout',
        description: '',
        entityRefs: ['component:default/checkout-service'],
        businessProcesses: ['Card payments'],
        impacts: grid,
        rtoMinutes: 240,
        rpoMinutes: 15,
      });
      const submitted = await call(carla).post(
        `/business-impact-analyses/${created.body.ref}/transitions`,
        { action: 'submit', version: created.body.version },
      );
      expect(submitted.status).toBe(200);
      const approved = await call(paula).post(
        `/business-impact-analyses/${created.body.ref}/approvals`,
        { decision: 'approve' },
      );
      expect(approved.body.state).toBe('approved');

      const store = await DatabaseRecordStore.create({
        knex,
        skipMigrations: true,
      });
      const notifier = { notify: jest.fn() };
      const replica = (now: Date) =>
        new ImpactAnalysisReviewTask({
          db: knex,
          store,
          notifier,
          auditor: mockServices.auditor.mock(),
          publisher: new RecordChangePublisher(
            { publish: jest.fn() } as never,
            mockServices.logger.mock(),
          ),
          logger: mockServices.logger.mock(),
          now: () => now,
        });

      // Not due yet: nothing.
      expect(await replica(new Date()).run()).toBe(0);

      const due = new Date(approved.body.reviewDueAt);
      const after = new Date(due.getTime() + 60_000);
      const counts = await Promise.all([
        replica(after).run(),
        replica(after).run(),
      ]);
      expect(counts[0] + counts[1]).toBe(1);
      expect(notifier.notify).toHaveBeenCalledTimes(1);
      const [change] = notifier.notify.mock.calls[0];
      expect(change.event).toMatchObject({
        kind: 'reviewed',
        actor: REVIEW_ACTOR,
        data: { type: 'review-due', reviewDueAt: approved.body.reviewDueAt },
      });
      // The next run, later, does not repeat it.
      expect(await replica(new Date(after.getTime() + 3600_000)).run()).toBe(0);
    });
  },
);
