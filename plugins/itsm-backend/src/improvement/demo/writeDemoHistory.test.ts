import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ConfigReader } from '@backstage/config';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { workflows } from '@backstage-itsm/plugin-itsm-common';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { DatabaseSlaClockStore } from '../../core/database/DatabaseSlaClockStore';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import { writeDemoHistory } from './writeDemoHistory';

jest.setTimeout(180_000);

type Entity = {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  relations?: { type: string; targetRef: string }[];
};

const root = path.resolve(__dirname, '../../../../..');
const refOf = (kind: string, ref: string) => {
  const withKind = ref.includes(':') ? ref : `${kind}:${ref}`;
  return (
    withKind.includes('/') ? withKind : withKind.replace(':', ':default/')
  ).toLocaleLowerCase('en-US');
};

/** The demo catalog (examples/), with the relations the catalog computes. */
function demoCatalog(): Entity[] {
  const entities: Entity[] = ['entities.yaml', 'org.yaml'].flatMap(file =>
    parseAllDocuments(
      fs.readFileSync(path.join(root, 'examples', file), 'utf8'),
    )
      .map(d => d.toJS() as Entity)
      .filter(Boolean),
  );
  const self = (e: Entity) =>
    `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`;
  const byRef = new Map(entities.map(e => [self(e), e]));
  const relate = (e: Entity, type: string, target: string, inverse: string) => {
    (e.relations ??= []).push({ type, targetRef: target });
    const other = byRef.get(target);
    if (other) (other.relations ??= []).push({ type: inverse, targetRef: self(e) });
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

/** The demo's own configuration (app-config.yaml): its agreements and CAB. */
const config = new ConfigReader({
  itsm: parse(fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'))
    .itsm,
});

const NOW = new Date('2026-12-07T12:00:00Z');
const SIZE = { months: 6, incidents: 60, changes: 16, problems: 4, releases: 4 };

describe('writeDemoHistory', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
  const entities = demoCatalog();

  async function setup(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseRecordStore.create({ knex });
    const logger = mockServices.logger.mock();
    const deps = {
      knex,
      store,
      clocks: new DatabaseSlaClockStore(knex),
      config,
      catalog: catalogServiceMock({ entities: entities as any }),
      auth: mockServices.auth(),
      auditor: mockServices.auditor.mock(),
      publisher: new RecordChangePublisher(
        { publish: jest.fn(async () => {}) },
        logger,
      ),
      logger,
      notifications: { send: jest.fn() } as any,
    };
    return { knex, deps };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('writes six months of legal history with trends, once', async () => {
      const { knex, deps } = await setup(databaseId);
      const started = Date.now();
      const first = await writeDemoHistory(deps, {
        size: SIZE,
        now: () => NOW,
      });
      expect(first.outcome).toBe('written');
      expect(Date.now() - started).toBeLessThan(60_000);

      const rows = await knex('itsm_records').select(
        'id',
        'type',
        'state',
        'created_at',
        'resolved_at',
      );
      const count = (type: string) => rows.filter(r => r.type === type).length;
      expect(count('incident')).toBeGreaterThanOrEqual(SIZE.incidents);
      expect(count('change')).toBeGreaterThanOrEqual(SIZE.changes);
      expect(count('problem')).toBeGreaterThan(0);
      expect(count('release')).toBeGreaterThan(0);
      expect(first.counts.skipped ?? 0).toBe(0);

      // Spread over the six months before this one, nothing in the future.
      const months = new Set(
        rows
          .filter(r => r.type === 'incident')
          .map(r => new Date(r.created_at).toISOString().slice(0, 7)),
      );
      expect([...months].sort()).toEqual(
        expect.arrayContaining([
          '2026-06',
          '2026-07',
          '2026-08',
          '2026-09',
          '2026-10',
          '2026-11',
        ]),
      );
      const latest = await knex('itsm_timeline_events')
        .max({ at: 'created_at' })
        .first();
      expect(new Date(latest!.at).getTime()).toBeLessThan(NOW.getTime());

      // Every record reached its state through legal moves on its timeline.
      const events = await knex('itsm_timeline_events')
        .select('record_id', 'kind', 'data', 'created_at')
        .orderBy(['record_id', 'created_at', 'id']);
      const byRecord = new Map<string, any[]>();
      for (const e of events) {
        const list = byRecord.get(e.record_id) ?? [];
        list.push(e);
        byRecord.set(e.record_id, list);
      }
      for (const record of rows) {
        const timeline = byRecord.get(record.id) ?? [];
        expect(timeline[0]?.kind).toBe('created');
        const workflow = (workflows as any)[record.type];
        let state = workflow.initialState;
        for (const e of timeline) {
          const data =
            typeof e.data === 'string' ? JSON.parse(e.data) : e.data ?? {};
          const moved =
            typeof data.from === 'string' &&
            workflow.states.includes(data.to) &&
            data.to !== data.from;
          if (moved) {
            expect(data.from).toBe(state);
            state = data.to;
          }
        }
        expect(state).toBe(record.state);
      }

      // The trend: incidents of the last month resolve faster than the first's.
      const mean = await knex('itsm_records')
        .where({ type: 'incident' })
        .whereNotNull('resolved_at')
        .select('created_at', 'resolved_at');
      const hours = (month: string) => {
        const list = mean.filter(
          r => new Date(r.created_at).toISOString().slice(0, 7) === month,
        );
        return (
          list.reduce(
            (sum, r) =>
              sum +
              (new Date(r.resolved_at).getTime() -
                new Date(r.created_at).getTime()) /
                3_600_000,
            0,
          ) / list.length
        );
      };
      expect(hours('2026-11')).toBeLessThan(hours('2026-06'));

      // A second run writes nothing.
      const second = await writeDemoHistory(deps, {
        size: SIZE,
        now: () => NOW,
      });
      expect(second.outcome).toBe('skipped');
      const again = await knex('itsm_records').count({ n: '*' }).first();
      expect(Number(again!.n)).toBe(rows.length);
    });
  });
});
