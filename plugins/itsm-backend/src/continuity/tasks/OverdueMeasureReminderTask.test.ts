import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { CatalogEntityLookup } from '../../core/catalog/EntityLookup';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { DefaultRecordNotifier } from '../../core/services/DefaultRecordNotifier';
import { DefaultRecordService } from '../../core/services/DefaultRecordService';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import {
  carla,
  continuityEntities,
  paula,
  startContinuityBackend,
  wes,
} from '../__testUtils__/startContinuityBackend';
import { planContinuityPlanNotifications } from '../domain/planContinuityPlanNotifications';
import { CONTINUITY_REMINDER_ACTOR } from '../domain/planOverdueMeasureReminders';
import { OverdueMeasureReminderTask } from './OverdueMeasureReminderTask';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const team = 'group:default/payments-team';
const now = new Date('2026-12-08T09:00:00Z');

describe.each(databases.eachSupportedId())(
  'overdue measure reminders on %p',
  id => {
    let call: Awaited<ReturnType<typeof startContinuityBackend>>['call'];
    let knex: Knex;
    beforeAll(async () => {
      ({ call, knex } = await startContinuityBackend(databases, id));
    });

    it('tells each overdue measure’s owner once, however many replicas run it, and nobody of a done measure', async () => {
      const created = await call(carla).post('/continuity-plans', {
        title: 'Payments platform continuity plan',
        description: '',
        entityRefs: ['component:default/checkout-service'],
        owner: paula,
      });
      expect(created.status).toBe(201);
      const plan = created.body.ref;
      const edited = await call(paula).put(
        `/continuity-plans/${plan}/content`,
        {
          version: created.body.version,
          measures: [
            {
              phase: 'prevention',
              title: 'Replicate payments-db',
              owner: team,
              dueDate: '2026-11-30',
            },
            {
              phase: 'recovery',
              title: 'Document the failover',
              owner: paula,
              dueDate: '2026-12-01',
            },
            {
              phase: 'detection',
              title: 'Alert on replication lag',
              owner: wes,
              dueDate: '2026-11-15',
            },
            {
              phase: 'response',
              title: 'Train the on-call',
              owner: paula,
              dueDate: '2027-01-31',
            },
          ],
        },
      );
      expect(edited.status).toBe(200);
      const [replicate, document, alert, train] = edited.body.measures;
      const ticked = await call(wes).post(
        `/continuity-plans/${plan}/measures/${alert.id}`,
        { version: edited.body.version, done: true },
      );
      expect(ticked.status).toBe(200);

      const store = await DatabaseRecordStore.create({
        knex,
        skipMigrations: true,
      });
      const sent: NotificationSendOptions[] = [];
      const logger = mockServices.logger.mock();
      const records = new DefaultRecordService({
        store,
        entities: new CatalogEntityLookup(
          catalogServiceMock({ entities: continuityEntities }),
        ),
        auditor: mockServices.auditor.mock(),
        publisher: new RecordChangePublisher(
          { publish: jest.fn() } as never,
          logger,
        ),
        notifier: new DefaultRecordNotifier({
          notifications: { send: async options => void sent.push(options) },
          logger,
          rules: {
            'continuity-plan': {
              plan: planContinuityPlanNotifications,
              path: '/itsm/continuity-plans',
            },
          },
        }),
        intakePlanners: {},
      });
      const replica = (at: Date) =>
        new OverdueMeasureReminderTask({
          store,
          records,
          credentials: async () => mockCredentials.service(),
          logger,
          now: () => at,
        });
      const told = (scope: string) =>
        sent.filter(n => n.payload.scope === `${plan}:${scope}`);
      const reminders = async () =>
        (
          await call(paula).get(`/continuity-plans/${plan}/timeline?limit=100`)
        ).body.items.filter(
          (e: { actor: string }) => e.actor === CONTINUITY_REMINDER_ACTOR,
        );

      // Nothing is overdue yet in November.
      expect(await replica(new Date('2026-11-10T09:00:00Z')).run()).toEqual([]);

      const runs = await Promise.all([replica(now).run(), replica(now).run()]);
      expect(runs.flat()).toEqual([plan]);
      expect(told(`measure:${replicate.id}`)).toEqual([
        expect.objectContaining({
          recipients: expect.objectContaining({ entityRef: [team] }),
          payload: expect.objectContaining({
            title: `Overdue measure of ${plan}: Payments platform continuity plan`,
            link: `/itsm/continuity-plans/${plan}`,
          }),
        }),
      ]);
      expect(told(`measure:${document.id}`)).toEqual([
        expect.objectContaining({
          recipients: expect.objectContaining({ entityRef: [paula] }),
        }),
      ]);
      // Done, or not due yet: nobody is told.
      expect(told(`measure:${alert.id}`)).toEqual([]);
      expect(told(`measure:${train.id}`)).toEqual([]);
      const [event, ...more] = await reminders();
      expect(more).toEqual([]);
      expect(event.data.overdue.map((m: { id: string }) => m.id)).toEqual([
        replicate.id,
        document.id,
      ]);

      // Later runs tell nobody again of the same due dates.
      const later = new Date(now.getTime() + 3600_000);
      expect(await replica(later).run()).toEqual([]);
      expect(sent).toHaveLength(2);
      expect(await reminders()).toHaveLength(1);

      // A due date moved on is told again once it passes, and only it.
      const current = await call(paula).get(`/continuity-plans/${plan}`);
      const moved = await call(paula).put(`/continuity-plans/${plan}/content`, {
        version: current.body.version,
        measures: current.body.measures.map((m: typeof document) => ({
          id: m.id,
          phase: m.phase,
          title: m.title,
          owner: m.owner,
          dueDate: m.id === document.id ? '2026-12-10' : m.dueDate,
        })),
      });
      expect(moved.status).toBe(200);
      expect(await replica(later).run()).toEqual([]);
      expect(await replica(new Date('2026-12-11T09:00:00Z')).run()).toEqual([
        plan,
      ]);
      expect(told(`measure:${document.id}`)).toHaveLength(2);
      expect(told(`measure:${replicate.id}`)).toHaveLength(1);
      expect(await reminders()).toHaveLength(2);
    });
  },
);
