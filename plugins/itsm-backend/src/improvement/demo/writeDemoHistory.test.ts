import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
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
import { exampleCatalog } from '../__testUtils__/exampleCatalog';
import { KpiSnapshotStore } from '../database/KpiSnapshotStore';
import { writeDemoHistory } from './writeDemoHistory';

jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../../../../..');

/** The demo's own configuration (app-config.yaml): its agreements and CAB. */
const config = new ConfigReader({
  itsm: parse(fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8')).itsm,
});

const NOW = new Date('2026-12-07T12:00:00Z');
const SIZE = process.env.FULL
  ? JSON.parse(process.env.FULL)
  : { months: 6, incidents: 60, changes: 16, problems: 4, releases: 4 };

describe('writeDemoHistory', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
  const entities = exampleCatalog();

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
      // Last month's snapshot, taken before the history, of nothing.
      await new KpiSnapshotStore(knex).keep([
        {
          indicatorId: 'incident-volume',
          period: '2026-11',
          scope: 'portal',
          figure: { value: 0, sample: 0 },
          status: 'none',
          takenAt: '2026-12-01T03:00:00.000Z',
        },
      ]);
      const afterIncidentClosed = jest.fn(async () => {});
      const written = await writeDemoHistory(deps, {
        size: SIZE,
        now: () => NOW,
        hooks: { afterIncidentClosed },
      });
      expect(written.outcome).toBe('written');
      // Forgotten, to be taken again from the history.
      expect(
        await new KpiSnapshotStore(knex).read({
          scope: 'portal',
          periods: ['2026-11'],
        }),
      ).toEqual([]);

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
      expect(written.counts.skipped ?? 0).toBe(0);

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
        const moves = timeline
          .map(e =>
            typeof e.data === 'string' ? JSON.parse(e.data) : e.data ?? {},
          )
          .filter(
            data =>
              typeof data.from === 'string' &&
              workflow.states.includes(data.to) &&
              data.to !== data.from,
          );
        // Each move starts where the one before it ended.
        expect(moves.map(m => m.from)).toEqual([
          workflow.initialState,
          ...moves.slice(0, -1).map(m => m.to),
        ]);
        expect(
          moves.length ? moves[moves.length - 1].to : workflow.initialState,
        ).toBe(record.state);
      }

      // Reporters confirm, most with a rating; the survey hook hears each.
      const closed = await knex('itsm_records')
        .where({ type: 'incident', state: 'closed' })
        .select('reported_by', 'satisfaction_rating');
      const rated = closed.filter(r => r.satisfaction_rating !== null);
      expect(rated.length).toBeGreaterThan(closed.length / 2);
      expect(
        rated.every(
          r => r.satisfaction_rating >= 1 && r.satisfaction_rating <= 5,
        ),
      ).toBe(true);
      expect(afterIncidentClosed).toHaveBeenCalledTimes(closed.length);
      expect(afterIncidentClosed).toHaveBeenCalledWith(
        expect.objectContaining({
          incident: expect.objectContaining({ state: 'closed' }),
          reporter: expect.stringMatching(/^user:default\//),
          at: expect.any(Date),
        }),
      );

      // The trend, in plain SQL: incidents reported in the last month of
      // the history resolve faster on average than those of the first.
      const hours =
        databaseId === 'POSTGRES_15'
          ? 'avg(extract(epoch from resolved_at - created_at)) / 3600'
          : 'avg(julianday(resolved_at) - julianday(created_at)) * 24';
      const meanHours = async (from: string, to: string) => {
        const [row] = await knex
          .raw(
            `select ${hours} as hours from itsm_records
            where type = 'incident' and resolved_at is not null
              and created_at >= ? and created_at < ?`,
            [from, to],
          )
          .then((r: any) => r.rows ?? r);
        return Number(row.hours);
      };
      const first = await meanHours(
        '2026-06-01T00:00:00Z',
        '2026-07-01T00:00:00Z',
      );
      const last = await meanHours(
        '2026-11-01T00:00:00Z',
        '2026-12-01T00:00:00Z',
      );
      expect(last).toBeLessThan(first);

      // The web team misses its targets in the last three months: its
      // incidents take longer than everyone else's there.
      const recent = await knex('itsm_records')
        .where({ type: 'incident' })
        .whereNotNull('resolved_at')
        .where('created_at', '>=', '2026-09-01T00:00:00Z')
        .select('assignment_group', 'created_at', 'resolved_at');
      const meanOf = (list: typeof recent) =>
        list.reduce(
          (sum, r) =>
            sum +
            new Date(r.resolved_at).getTime() -
            new Date(r.created_at).getTime(),
          0,
        ) / list.length;
      const web = recent.filter(
        r => r.assignment_group === 'group:default/web-team',
      );
      expect(web.length).toBeGreaterThan(0);
      expect(meanOf(web)).toBeGreaterThan(
        meanOf(recent.filter(r => !web.includes(r))),
      );

      // Emergency changes become rarer.
      const changes = (
        await knex('itsm_records')
          .where({ type: 'change' })
          .select('created_at', 'fields')
      ).map(r => ({
        month: new Date(r.created_at).toISOString().slice(0, 7),
        model: (typeof r.fields === 'string' ? JSON.parse(r.fields) : r.fields)
          .model,
      }));
      const emergencyShare = (period: string[]) => {
        const list = changes.filter(c => period.includes(c.month));
        return list.filter(c => c.model === 'emergency').length / list.length;
      };
      expect(emergencyShare(['2026-06', '2026-07', '2026-08'])).toBeGreaterThan(
        emergencyShare(['2026-09', '2026-10', '2026-11']),
      );

      // A second run writes nothing.
      const second = await writeDemoHistory(deps, {
        size: SIZE,
        now: () => NOW,
      });
      expect(second.outcome).toBe('skipped');
      const again = await knex('itsm_records').count({ n: '*' }).first();
      expect(Number(again!.n)).toBe(rows.length);
    });

    it('writes once when two replicas start together, and waits for the catalog', async () => {
      const { knex, deps } = await setup(databaseId);
      const tiny = {
        months: 2,
        incidents: 4,
        changes: 2,
        problems: 0,
        releases: 0,
      };
      const empty = {
        ...deps,
        catalog: catalogServiceMock({ entities: [] }),
      };
      expect(
        (await writeDemoHistory(empty, { size: tiny, now: () => NOW })).outcome,
      ).toBe('waiting');
      const outcomes = await Promise.all([
        writeDemoHistory(deps, { size: tiny, now: () => NOW }),
        writeDemoHistory(deps, { size: tiny, now: () => NOW }),
      ]);
      expect(outcomes.map(o => o.outcome).sort()).toEqual([
        'skipped',
        'written',
      ]);
      const [{ n }] = await knex('itsm_records')
        .where({ type: 'change' })
        .count({ n: '*' });
      expect(Number(n)).toBe(
        outcomes.find(o => o.outcome === 'written')!.counts.changes,
      );
    });
  });
});
