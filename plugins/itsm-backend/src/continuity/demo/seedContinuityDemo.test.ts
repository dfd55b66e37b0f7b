import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigReader } from '@backstage/config';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ChangeConflictChecker } from '../../changes';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import { readContinuitySettings } from '../services/readContinuitySettings';
import { readRiskSettings } from '../services/readRiskSettings';
import { RecoveryObjectivesService } from '../services/RecoveryObjectivesService';
import { readSlaSettings } from '../../sla';
import { seedContinuityDemo } from './seedContinuityDemo';

jest.setTimeout(120_000);

type Entity = {
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: Record<string, unknown>;
  relations?: { type: string; targetRef: string }[];
};

const refOf = (kind: string, ref: string) => {
  const withKind = ref.includes(':') ? ref : `${kind}:${ref}`;
  return (
    withKind.includes('/') ? withKind : withKind.replace(':', ':default/')
  ).toLocaleLowerCase('en-US');
};

/** The demo catalog (examples/), with the relations the catalog computes. */
function demoCatalog(): Entity[] {
  const dir = path.resolve(__dirname, '../../../../../examples');
  const entities: Entity[] = ['entities.yaml', 'org.yaml'].flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))
      .map(d => d.toJS() as Entity)
      .filter(Boolean),
  );
  const byRef = new Map(
    entities.map(e => [
      `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`,
      e,
    ]),
  );
  const relate = (e: Entity, type: string, target: string, inverse: string) => {
    const self = `${e.kind.toLocaleLowerCase('en-US')}:default/${
      e.metadata.name
    }`;
    (e.relations ??= []).push({ type, targetRef: target });
    const other = byRef.get(target);
    if (other)
      (other.relations ??= []).push({ type: inverse, targetRef: self });
  };
  for (const e of entities) {
    const spec = e.spec ?? {};
    if (typeof spec.owner === 'string')
      relate(e, 'ownedBy', refOf('group', spec.owner), 'ownerOf');
    if (typeof spec.system === 'string')
      relate(e, 'partOf', refOf('system', spec.system), 'hasPart');
    for (const d of (spec.dependsOn as string[]) ?? [])
      relate(e, 'dependsOn', refOf('component', d), 'dependencyOf');
    for (const g of (spec.memberOf as string[]) ?? [])
      relate(e, 'memberOf', refOf('group', g), 'hasMember');
  }
  return entities;
}

const config = new ConfigReader({
  itsm: {
    continuity: { managersGroup: 'group:default/continuity-managers' },
  },
});

describe('seedContinuityDemo', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
  const entities = demoCatalog();

  async function setup(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseRecordStore.create({ knex });
    const catalog = catalogServiceMock({ entities: entities as any });
    const logger = mockServices.logger.mock();
    const settings = readContinuitySettings(config);
    const deps = {
      db: knex,
      store,
      catalog,
      auth: mockServices.auth(),
      auditor: mockServices.auditor.mock(),
      publisher: new RecordChangePublisher(
        { publish: jest.fn(async () => {}) },
        logger,
      ),
      logger,
      settings,
      rating: readRiskSettings(config),
      conflicts: {
        check: jest.fn(async () => ({ conflicts: [] })),
      } as unknown as ChangeConflictChecker,
    };
    const count = async (type: string) =>
      Number(
        (await knex('itsm_records').where({ type }).count({ n: '*' }).first())
          ?.n,
      );
    const objectives = new RecoveryObjectivesService({
      records: undefined as any,
      catalog,
      db: knex,
      sla: readSlaSettings(config),
      settings,
    });
    return { knex, store, deps, count, objectives };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('writes the payments demo once, valid and in the past', async () => {
      const { knex, store, deps, count, objectives } = await setup(databaseId);
      expect(await seedContinuityDemo(deps)).toBe('seeded');

      expect(await count('impact-analysis')).toBe(2);
      expect(await count('risk')).toBe(5);
      expect(await count('continuity-plan')).toBe(1);
      expect(await count('exercise')).toBe(1);

      const bia = await store.getRecord({ type: 'impact-analysis', number: 1 });
      expect(bia).toMatchObject({
        state: 'approved',
        entityRefs: ['component:default/checkout-service'],
        fields: expect.objectContaining({
          rtoMinutes: 240,
          rpoMinutes: 15,
          mtpdMinutes: 1440,
        }),
      });
      const plan = await store.getRecord({
        type: 'continuity-plan',
        number: 1,
      });
      expect(plan?.state).toBe('active');
      const fields = plan!.fields as any;
      expect(fields.versions).toHaveLength(1);
      expect(fields.procedure).toHaveLength(6);
      expect(new Set(fields.measures.map((m: any) => m.phase))).toEqual(
        new Set(['prevention', 'detection', 'response', 'recovery']),
      );
      const today = new Date().toISOString().slice(0, 10);
      const open = fields.measures.filter((m: any) => !m.doneAt);
      expect(open.filter((m: any) => m.dueDate < today)).toHaveLength(1);
      expect(fields.measures.filter((m: any) => m.doneAt)).toHaveLength(3);

      const drill = await store.getRecord({ type: 'exercise', number: 1 });
      expect(drill).toMatchObject({
        state: 'completed',
        fields: expect.objectContaining({
          plan: 'CP-1',
          result: 'passed_with_findings',
        }),
      });
      const measurement = (drill!.fields as any).measurement;
      expect(measurement.recoveryMinutes).toBeLessThanOrEqual(240);
      expect((drill!.fields as any).findings).toHaveLength(1);
      const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
      expect(drill!.closedAt! < monthAgo).toBe(true);

      // The timeline: the demo users at times in the past.
      const events = await knex('itsm_timeline_events')
        .join(
          'itsm_records',
          'itsm_records.id',
          'itsm_timeline_events.record_id',
        )
        .where('itsm_records.type', 'continuity-plan')
        .select('actor', 'kind');
      expect(new Set(events.map(e => e.actor))).toEqual(
        new Set([
          'user:default/carla.continuity',
          'user:default/pat.engineer',
          'user:default/paula.lead',
        ]),
      );
      const latest = await knex('itsm_timeline_events')
        .max({ at: 'created_at' })
        .first();
      expect(new Date(latest!.at).getTime()).toBeLessThan(Date.now());

      // Checkout's RTO is not achievable: payments-db recovers in 8 hours.
      const view = await objectives.forEntity(
        'component:default/checkout-service',
        { credentials: await deps.auth.getOwnServiceCredentials() },
      );
      expect(view.achievable).toBe(false);
      expect(view.issues).toContainEqual(
        expect.objectContaining({
          kind: 'longer-rto',
          entityRef: 'resource:default/payments-db',
          path: [
            'component:default/checkout-service',
            'component:default/payments-api-gateway',
            'component:default/payment-processor',
            'resource:default/payments-db',
          ],
          rtoMinutes: 480,
        }),
      );
    });

    it('seeds nothing more on a second run, nor when two run at once', async () => {
      const { deps, count } = await setup(databaseId);
      const outcomes = await Promise.all([
        seedContinuityDemo(deps),
        seedContinuityDemo(deps),
      ]);
      expect(outcomes.sort()).toEqual(['seeded', 'skipped']);
      expect(await seedContinuityDemo(deps)).toBe('skipped');
      expect(await count('impact-analysis')).toBe(2);
      expect(await count('risk')).toBe(5);
      expect(await count('continuity-plan')).toBe(1);
      expect(await count('exercise')).toBe(1);
    });

    it('waits for the catalog, and seeds nothing where continuity records exist', async () => {
      const { deps, count, knex } = await setup(databaseId);
      const empty = {
        ...deps,
        catalog: catalogServiceMock({ entities: [] }),
      };
      expect(await seedContinuityDemo(empty)).toBe('waiting');
      expect(await count('risk')).toBe(0);
      await seedContinuityDemo(deps);
      await knex('itsm_records').whereNot('type', 'risk').delete();
      expect(await seedContinuityDemo(deps)).toBe('skipped');
      expect(await count('impact-analysis')).toBe(0);
    });
  });
});
