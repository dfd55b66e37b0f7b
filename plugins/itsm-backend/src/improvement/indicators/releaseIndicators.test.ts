import { TestDatabases } from '@backstage/backend-test-utils';
import { IndicatorComputation } from './IndicatorComputation';
import { releaseIndicators } from './releaseIndicators';
import { doraIndicators } from './doraIndicators';
import { writeRecordHistory } from './__testUtils__/writeRecordHistory';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const november = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
};
const portal = { kind: 'portal' } as const;
const checkout = 'component:default/checkout-service';
const database = 'resource:default/payments-db';

const byId = (id: string): IndicatorComputation =>
  [...releaseIndicators, ...doraIndicators].find(c => c.id === id)!;

const check = (kind: string, item: string, result: string, at: string) => ({
  kind,
  item,
  result,
  by: 'user:default/ravi.release',
  at,
});

describe.each(databases.eachSupportedId())('release indicators on %p', id => {
  /**
   * Releases as their moves leave them (the fields the release planner
   * writes: verification checks, startedAt on start_rollout, releasedAt on
   * confirm, rolledBackAt on rollback):
   * - REL-1 on checkout, window 10 Nov 20:00-22:00, rollout started 20:30
   *   (on time), released 23:00; a performance check failed on 6 Nov;
   * - REL-2 on checkout, window 12 Nov 20:00-22:00, started 13 Nov 01:00
   *   (late), released 03:00, rolled back on 14 Nov; a function check
   *   failed on 30 Oct, a compatibility one on 2 Nov;
   * - REL-3 on the database, window 20 Nov, started 20:10, rolling out;
   * - REL-4 on checkout, planned for December.
   */
  async function history() {
    const knex = await databases.init(id);
    const write = await writeRecordHistory(knex);
    const rel1 = await write({
      type: 'release',
      at: '2026-11-01T00:00:00.000Z',
      state: 'planned',
      entityRefs: [checkout],
      group: 'group:default/release-managers',
      window: {
        start: '2026-11-10T20:00:00.000Z',
        end: '2026-11-10T22:00:00.000Z',
      },
      fields: {
        verification: [
          check('function', 'payments', 'pass', '2026-11-05T10:00:00.000Z'),
          check('performance', 'p95', 'fail', '2026-11-06T10:00:00.000Z'),
        ],
      },
      steps: [
        {
          at: '2026-11-10T20:30:00.000Z',
          state: 'rolling_out',
          fields: { startedAt: '2026-11-10T20:30:00.000Z' },
        },
        {
          at: '2026-11-10T23:00:00.000Z',
          state: 'released',
          ends: true,
          fields: {
            releasedAt: '2026-11-10T23:00:00.000Z',
            outcome: 'successful',
          },
        },
      ],
    });
    const rel2 = await write({
      type: 'release',
      at: '2026-11-02T00:00:00.000Z',
      state: 'planned',
      entityRefs: [checkout],
      group: 'group:default/release-managers',
      window: {
        start: '2026-11-12T20:00:00.000Z',
        end: '2026-11-12T22:00:00.000Z',
      },
      fields: {
        verification: [
          check('function', 'refunds', 'fail', '2026-10-30T10:00:00.000Z'),
          check('compatibility', 'api v1', 'fail', '2026-11-02T10:00:00.000Z'),
        ],
      },
      steps: [
        {
          at: '2026-11-13T01:00:00.000Z',
          state: 'rolling_out',
          fields: { startedAt: '2026-11-13T01:00:00.000Z' },
        },
        {
          at: '2026-11-13T03:00:00.000Z',
          state: 'released',
          ends: true,
          fields: {
            releasedAt: '2026-11-13T03:00:00.000Z',
            outcome: 'successful',
          },
        },
        {
          at: '2026-11-14T09:00:00.000Z',
          state: 'rolled_back',
          ends: true,
          fields: {
            rolledBackAt: '2026-11-14T09:00:00.000Z',
            reason: 'Errors',
          },
        },
      ],
    });
    const rel3 = await write({
      type: 'release',
      at: '2026-11-03T00:00:00.000Z',
      state: 'planned',
      entityRefs: [database],
      group: 'group:default/dba-team',
      window: {
        start: '2026-11-20T20:00:00.000Z',
        end: '2026-11-20T22:00:00.000Z',
      },
      steps: [
        {
          at: '2026-11-20T20:10:00.000Z',
          state: 'rolling_out',
          fields: { startedAt: '2026-11-20T20:10:00.000Z' },
        },
      ],
    });
    await write({
      type: 'release',
      at: '2026-11-04T00:00:00.000Z',
      state: 'planned',
      entityRefs: [checkout],
      window: {
        start: '2026-12-10T20:00:00.000Z',
        end: '2026-12-10T22:00:00.000Z',
      },
    });
    return { knex, rel1, rel2, rel3 };
  }

  it('counts releases on time, rolled back and failed verifications', async () => {
    const { knex, rel1, rel2 } = await history();
    const figure = (indicator: string, scope = portal as any) =>
      byId(indicator).compute(knex, november, scope);

    // REL-1 and REL-3 started in their windows, REL-2 after its end.
    const onTime = await figure('release-on-time');
    expect(onTime).toMatchObject({ numerator: 2, denominator: 3, sample: 3 });
    expect(onTime.value).toBeCloseTo(200 / 3, 6);
    expect(
      (await figure('release-on-time', { kind: 'service', ref: checkout }))
        .value,
    ).toBe(50);
    expect(
      (
        await byId('release-on-time').breakdown!(
          knex,
          november,
          portal,
          'group',
        )
      ).map(r => [r.key, r.figure.value]),
    ).toEqual([
      ['group:default/dba-team', 100],
      ['group:default/release-managers', 50],
    ]);

    expect(await figure('release-rolled-back')).toEqual({
      value: 1,
      sample: 1,
    });
    expect(
      (
        await figure('release-rolled-back', {
          kind: 'group',
          ref: 'group:default/dba-team',
        })
      ).value,
    ).toBe(0);

    // The performance check of REL-1 and the compatibility check of REL-2;
    // REL-2's October failure is another month's.
    expect(await figure('release-failed-verifications')).toEqual({
      value: 2,
      sample: 2,
    });
    expect(
      await byId('release-failed-verifications').breakdown!(
        knex,
        november,
        portal,
        'service',
      ),
    ).toEqual([{ key: checkout, figure: { value: 2, sample: 2 } }]);
    expect(
      (
        await byId('release-failed-verifications').records!(
          knex,
          november,
          portal,
        )
      )
        .map((r: { id: string }) => r.id)
        .sort(),
    ).toEqual([rel1.id, rel2.id].sort());
  });

  it('computes deployment frequency, lead time and failure rate from the releases', async () => {
    const { knex, rel2 } = await history();
    const figure = (indicator: string, scope = portal as any) =>
      byId(indicator).compute(knex, november, scope);

    // REL-1 and REL-2 were released in November's 30 days (REL-2 rolled
    // back since): 2 / (30 / 7) a week.
    const frequency = await figure('deployment-frequency');
    expect(frequency.sample).toBe(2);
    expect(frequency.value).toBeCloseTo(2 / (30 / 7), 6);
    expect(
      (
        await figure('deployment-frequency', {
          kind: 'service',
          ref: database,
        })
      ).value,
    ).toBe(0);

    // 1 Nov 00:00 -> 10 Nov 23:00 is 239 h; 2 Nov 00:00 -> 13 Nov 03:00
    // is 267 h: the median of two is their mean, 253 h.
    expect(await figure('lead-time-for-changes')).toEqual({
      value: 253,
      sample: 2,
    });

    // REL-1 released, REL-2 rolled back.
    expect(await figure('change-failure-rate')).toEqual({
      value: 50,
      numerator: 1,
      denominator: 2,
      sample: 2,
    });
    expect(
      (
        await byId('change-failure-rate').records!(knex, november, portal, {
          by: 'service',
          value: checkout,
        })
      ).map((r: { id: string }) => r.id).length,
    ).toBe(2);
    expect(
      (
        await byId('change-failure-rate').breakdown!(
          knex,
          november,
          portal,
          'service',
        )
      ).map(r => [r.key, r.figure.numerator]),
    ).toEqual([[checkout, 1]]);
    expect(rel2.state).toBe('rolled_back');
  });
});
