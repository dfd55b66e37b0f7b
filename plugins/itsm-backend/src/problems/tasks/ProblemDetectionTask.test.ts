import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { defaultPriorityMatrix } from '@backstage-itsm/plugin-itsm-common';
import knexFactory from 'knex';
import {
  ctx,
  pat,
  setupRecordService,
} from '../../__testUtils__/setupRecordService';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { incidentIntakePlanner } from '../../incidents';
import { problemIntakePlanner } from '../problemIntakePlanner';
import {
  editPlanners,
  moveFields,
} from '../../__testUtils__/setupRecordService';
import { DefaultRecordService } from '../../core/services/DefaultRecordService';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import { RecordService } from '../../core/services/RecordService';
import { ProblemDetectionSettings } from '../services/readProblemSettings';
import { ProblemDetectionTask } from './ProblemDetectionTask';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const settings: ProblemDetectionSettings = {
  enabled: true,
  threshold: 3,
  window: { hours: 24 },
  bases: ['entity', 'category'],
  frequency: { minutes: 10 },
};

describe.each(databases.eachSupportedId())('ProblemDetectionTask on %p', id => {
  async function setUp() {
    const setup = await setupRecordService(databases, id);
    const detector = (
      records: RecordService = setup.service,
      store = setup.store,
    ) =>
      new ProblemDetectionTask({
        store,
        records,
        credentials: async () => pat,
        settings,
        logger: mockServices.logger.mock(),
        // A day after the first incident: all of them are in the window.
        now: () => new Date(setup.now().getTime() + 60_000),
      });
    const problems = async () =>
      (await setup.store.listRecords({ type: 'problem', limit: 50 })).records;
    return { ...setup, detector, problems };
  }

  it('suggests one problem for three incidents on one entity, linked to them, and never again', async () => {
    const { reported, detector, problems, store } = await setUp();
    const task = detector();
    await reported({ category: 'software' });
    await reported({ category: 'software' });
    expect(await task.run()).toEqual([]);
    await reported({ category: 'network' });

    const [suggested] = await task.run();
    expect(suggested).toMatchObject({
      ref: 'PRB-1',
      state: 'new',
      title: 'Suggested: 3 incidents on checkout-service within 24 hours',
      category: 'software',
      priority: 'P2',
      entityRefs: ['component:default/checkout-service'],
      fields: {
        source: 'proactive',
        detection: {
          basis: 'entity',
          value: 'component:default/checkout-service',
          incidents: 3,
          windowHours: 24,
        },
      },
    });
    const links = await store.listLinks(suggested.id, 10);
    expect(links.map(l => [l.source.ref, l.link.kind]).sort()).toEqual([
      ['INC-1', 'caused-by'],
      ['INC-2', 'caused-by'],
      ['INC-3', 'caused-by'],
    ]);

    // Covered now: the same incidents suggest nothing more, nor do two new ones.
    expect(await task.run()).toEqual([]);
    await reported();
    await reported();
    expect(await task.run()).toEqual([]);
    await reported();
    expect((await task.run()).map(p => p.ref)).toEqual(['PRB-2']);
    expect(await problems()).toHaveLength(2);
  });

  it('suggests by category when incidents spread over entities, and passes over requests and cancelled ones', async () => {
    const { reported, detector, service } = await setUp();
    await reported({ category: 'network' });
    await reported({ category: 'network' });
    await reported({
      category: 'network',
      entityRefs: ['resource:default/payments-db'],
    });
    await reported({
      category: 'service_request',
      entityRefs: ['resource:default/payments-db'],
    });
    const cancelled = await reported({
      category: 'network',
      entityRefs: ['resource:default/payments-db'],
    });
    await service.transition(
      'incident',
      cancelled.id,
      { action: 'cancel', version: 1, reason: 'Reported twice' },
      ctx,
    );

    const [suggested] = await detector().run();
    expect(suggested).toMatchObject({
      title:
        'Suggested: 3 incidents of category Network failure within 24 hours',
      category: 'network',
      entityRefs: [
        'component:default/checkout-service',
        'resource:default/payments-db',
      ],
      fields: { detection: { basis: 'category', value: 'network' } },
    });
  });

  it('makes one suggestion when two replicas detect at the same moment', async () => {
    const { reported, detector, problems, store, knex } = await setUp();
    for (let i = 0; i < 4; i++) await reported();
    // Another replica: its own pool on the same database, its own service.
    const other = knexFactory(knex.client.config);
    try {
      const otherStore =
        id === 'SQLITE_3'
          ? store
          : await DatabaseRecordStore.create({ knex: other });
      const otherEntities = (await setupRecordService(databases, 'SQLITE_3'))
        .entities;
      const intake = {
        priorityMatrix: defaultPriorityMatrix,
        serviceDeskGroup: 'group:default/service-desk',
      };
      const otherService = new DefaultRecordService({
        store: otherStore,
        entities: otherEntities,
        auditor: mockServices.auditor.mock(),
        publisher: { publish: jest.fn() } as unknown as RecordChangePublisher,
        editPlanners: editPlanners(intake.serviceDeskGroup),
        moveFields,
        intakePlanners: {
          incident: incidentIntakePlanner(otherEntities, intake),
          problem: problemIntakePlanner(intake),
        },
      });
      const replicas = [detector(), detector(otherService, otherStore)];
      const made = await Promise.all([
        ...replicas.map(r => r.run()),
        ...replicas.map(r => r.run()),
      ]);
      expect(made.flat()).toHaveLength(1);
      expect(await problems()).toHaveLength(1);
      const links = await store.listLinks((await problems())[0].id, 10);
      expect(links).toHaveLength(4);
    } finally {
      await other.destroy();
    }
  });
});
