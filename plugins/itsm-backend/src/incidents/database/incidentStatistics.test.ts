import { TestDatabases } from '@backstage/backend-test-utils';
import { aNewRecord } from '../../core/__testUtils__/aNewRecord';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { IncidentStatisticsStore } from './IncidentStatisticsStore';
import { CreateRecordOptions } from '../../core/database/RecordStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const sam = 'user:default/sam.agent';

function incident(
  overrides: Partial<CreateRecordOptions>,
): CreateRecordOptions {
  return aNewRecord({
    title: 't',
    description: '',
    priority: 'P3',
    entityOwners: [],
    assignmentGroup: 'group:default/service-desk',
    supportTier: 'L1',
    channel: 'portal',
    category: 'software',
    now: '2026-11-24T10:00:00.000Z',
    ...overrides,
  });
}

describe.each(databases.eachSupportedId())('incident statistics on %p', id => {
  it('counts volumes per day and dimension, and sums the times to accept and resolve', async () => {
    const knex = await databases.init(id);
    const store = await DatabaseRecordStore.create({ knex });
    const a = (await store.createRecord(incident({ priority: 'P1' }))).record;
    const b = (
      await store.createRecord(
        incident({ channel: 'phone', now: '2026-11-25T08:00:00.000Z' }),
      )
    ).record;
    await store.createRecord(
      incident({ category: undefined, now: '2026-11-10T08:00:00.000Z' }),
    ); // before the range
    // a: accepted after 2 hours, resolved after 6 at L1, closed rated 5.
    await store.updateRecord({
      type: 'incident',
      id: a.id,
      expectedVersion: 1,
      set: {
        state: 'closed',
        acceptedAt: '2026-11-24T12:00:00.000Z',
        resolvedAt: '2026-11-24T16:00:00.000Z',
        closedAt: '2026-11-25T09:00:00.000Z',
        satisfactionRating: 5,
      },
      event: { kind: 'updated', actor: sam, data: {} },
      now: '2026-11-25T09:00:00.000Z',
    });
    // b: escalated, reopened, resolved after 10 hours.
    await store.updateRecord({
      type: 'incident',
      id: b.id,
      expectedVersion: 1,
      set: {
        state: 'resolved',
        acceptedAt: '2026-11-25T09:00:00.000Z',
        resolvedAt: '2026-11-25T18:00:00.000Z',
        reopenCount: 1,
        escalationCount: 1,
        supportTier: 'L2',
      },
      event: { kind: 'updated', actor: sam, data: {} },
      now: '2026-11-25T18:00:00.000Z',
    });

    // c: resolved, then reopened: no longer resolved, still a rejected
    // first resolution.
    const c = (await store.createRecord(incident({}))).record;
    for (const [version, set] of [
      [1, { state: 'resolved', resolvedAt: '2026-11-24T11:00:00.000Z' }],
      [2, { state: 'in_progress', resolvedAt: null, reopenCount: 1 }],
    ] as const) {
      await store.updateRecord({
        type: 'incident',
        id: c.id,
        expectedVersion: version,
        set,
        event: { kind: 'updated', actor: sam, data: {} },
        now: '2026-11-24T12:00:00.000Z',
      });
    }

    const rows = await new IncidentStatisticsStore(knex).query({
      type: 'incident',
      from: '2026-11-23T00:00:00.000Z',
      to: '2026-11-30T00:00:00.000Z',
    });
    const sorted = <T extends { day: string; key: string | null }>(r: T[]) =>
      [...r].sort((x, y) =>
        `${x.day}${x.key}`.localeCompare(`${y.day}${y.key}`),
      );
    expect(sorted(rows.volumes.priority)).toEqual([
      { day: '2026-11-24', key: 'P1', count: 1 },
      { day: '2026-11-24', key: 'P3', count: 1 },
      { day: '2026-11-25', key: 'P3', count: 1 },
    ]);
    expect(sorted(rows.volumes.channel)).toEqual([
      { day: '2026-11-24', key: 'portal', count: 2 },
      { day: '2026-11-25', key: 'phone', count: 1 },
    ]);
    expect(rows.accepted).toEqual({ count: 2, seconds: 3 * 3600 });
    expect(rows.resolved.count).toBe(2);
    expect(Math.round(rows.resolved.seconds)).toBe(16 * 3600);
    expect(rows.resolved.firstContact).toBe(1);
    expect(rows.firstResolved).toEqual({ count: 3, reopened: 2 });
    expect(rows.ratings).toEqual([{ rating: 5, count: 1 }]);

    // Narrowed by permission criteria in SQL.
    const none = await new IncidentStatisticsStore(knex).query({
      type: 'incident',
      from: '2026-11-23T00:00:00.000Z',
      to: '2026-11-30T00:00:00.000Z',
      filter: { kind: 'none' },
    });
    expect(none.resolved.count).toBe(0);
    expect(none.volumes.priority).toEqual([]);
  });
});
