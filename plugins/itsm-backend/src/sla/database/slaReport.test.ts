import { TestDatabases } from '@backstage/backend-test-utils';
import { aNewRecord } from '../../core/__testUtils__/aNewRecord';
import { anSlaClock } from '../../core/__testUtils__/anSlaClock';
import { SlaClock } from '../../core/database/SlaClockStore';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { SlaReportStore } from './SlaReportStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('the SLA report on %p', id => {
  async function seeded() {
    const knex = await databases.init(id);
    const records = await DatabaseRecordStore.create({ knex });
    const reports = new SlaReportStore(knex);
    const stopped = (met: boolean, elapsedMinutes: number) =>
      anSlaClock({
        phase: 'stopped',
        met,
        elapsedMs: elapsedMinutes * 60_000,
        ...(met ? {} : { breachedAt: '2026-11-28T18:00:00.000Z' }),
        warn50At: undefined,
        warn75At: undefined,
        dueAt: undefined,
        nextThresholdAt: undefined,
      });
    const incident = async (
      clock: SlaClock,
      overrides: Parameters<typeof aNewRecord>[0] = {},
    ) =>
      (
        await records.createRecord(
          aNewRecord({
            assignmentGroup: 'group:default/payments-team',
            slaClocks: [clock],
            ...overrides,
          }),
        )
      ).record;
    // Met in 60 of 480 minutes, on two entities, rated 5.
    const rated = await incident(stopped(true, 60), {
      entityRefs: [
        'component:default/checkout-service',
        'component:default/ledger-service',
      ],
    });
    await records.updateRecord({
      type: 'incident',
      id: rated.id,
      expectedVersion: rated.version,
      set: { satisfactionRating: 5, isOpen: false, state: 'closed' },
      event: { kind: 'transition', actor: 'user:default/pat', data: {} },
      now: '2026-11-29T10:00:00.000Z',
    });
    // Breached: 600 of 480 minutes.
    await incident(
      { ...stopped(false, 600), priority: 'P1' },
      { priority: 'P1' },
    );
    // Running, past 75%, due soonest: at risk.
    await incident(
      anSlaClock({ crossed: 75, dueAt: '2026-11-30T13:00:00.000Z' }),
    );
    // Running, breached.
    await incident(
      anSlaClock({
        crossed: 100,
        breachedAt: '2026-11-30T16:00:00.000Z',
        dueAt: '2026-11-30T16:00:00.000Z',
      }),
    );
    // Running, fine; and an incident of another month.
    await incident(anSlaClock());
    await incident(anSlaClock({ startedAt: '2026-10-15T10:00:00.000Z' }), {
      now: '2026-10-15T10:00:00.000Z',
    });
    return { reports };
  }

  const november = {
    from: '2026-11-01T00:00:00.000Z',
    to: '2026-12-01T00:00:00.000Z',
  };

  it('counts the outcomes of the clocks of incidents opened in the range', async () => {
    const { reports } = await seeded();
    const rows = await reports.report(november);
    const sum = (key: 'met' | 'breached' | 'clocks') =>
      rows.outcomes.reduce((n, r) => n + r[key], 0);
    expect([sum('met'), sum('breached'), sum('clocks')]).toEqual([1, 2, 5]);
    expect(new Set(rows.outcomes.map(r => r.month))).toEqual(
      new Set(['2026-11']),
    );
    expect(rows.outcomes.find(r => r.priority === 'P1')).toMatchObject({
      met: 0,
      breached: 1,
      clocks: 1,
    });
    expect(
      rows.services
        .filter(r => r.entityRef === 'component:default/ledger-service')
        .map(r => [r.met, r.clocks]),
    ).toEqual([[1, 1]]);
    expect(
      rows.services.find(
        r => r.entityRef === 'component:default/checkout-service',
      ),
    ).toMatchObject({ met: 1, breached: 2, clocks: 5 });
  });

  it('buckets resolved clocks by the share of their target used, and counts ratings', async () => {
    const { reports } = await seeded();
    const rows = await reports.report(november);
    expect(rows.durations.sort((a, b) => a.bucket - b.bucket)).toEqual([
      { kind: 'restore', bucket: 0, count: 1 },
      { kind: 'restore', bucket: 4, count: 1 },
    ]);
    expect(rows.ratings).toEqual([
      { agreementId: 'gold', satisfied: 1, rated: 1 },
    ]);
  });

  it('lists open incidents breached or past 75%, soonest due first', async () => {
    const { reports } = await seeded();
    const rows = await reports.report(november);
    expect(
      rows.atRisk.map(r => [r.crossed, r.dueAt, r.breachedAt !== undefined]),
    ).toEqual([
      [75, '2026-11-30T13:00:00.000Z', false],
      [100, '2026-11-30T16:00:00.000Z', true],
    ]);
  });

  it('narrows to entities, groups and what the caller may read', async () => {
    const { reports } = await seeded();
    const only = async (query: object) =>
      (await reports.report({ ...november, ...query })).outcomes.reduce(
        (n, r) => n + r.clocks,
        0,
      );
    expect(
      await only({ anyOfEntityRefs: ['component:default/ledger-service'] }),
    ).toBe(1);
    expect(await only({ assignmentGroups: ['group:default/web-team'] })).toBe(
      0,
    );
    expect(
      await only({
        filter: { kind: 'reportedBy', userRefs: ['user:default/nobody'] },
      }),
    ).toBe(0);
  });
});
