import { TestDatabases } from '@backstage/backend-test-utils';
import { IndicatorComputation } from './IndicatorComputation';
import { continuityIndicators } from './continuityIndicators';
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
const storefront = 'component:default/storefront';

const byId = (id: string): IndicatorComputation =>
  continuityIndicators.find(c => c.id === id)!;

const measured = (withinRto?: boolean) => ({
  recoveryMinutes: 45,
  stepsDone: 3,
  stepsTotal: 3,
  ...(withinRto === undefined ? {} : { rtoMinutes: 60, withinRto }),
});

describe.each(databases.eachSupportedId())(
  'continuity indicators on %p',
  id => {
    /**
     * Impact analyses of checkout and the database (approved) and of the
     * storefront (retired); an active plan covers checkout, a draft one the
     * database. Exercises, by planned start (`plannedStart`) and measured
     * run (`measurement`, written as the exercise completes):
     * - EX-1 checkout, planned 5 Nov, completed 5 Nov within its RTO;
     * - EX-2 database, planned 20 Nov, completed 21 Nov over its RTO;
     * - EX-3 checkout, planned 25 Nov, still planned;
     * - EX-4 checkout, planned 3 Dec;
     * - EX-5 database, planned 28 Oct, completed 2 Nov with no RTO to meet.
     */
    async function history() {
      const knex = await databases.init(id);
      const write = await writeRecordHistory(knex);
      const at = '2026-10-01T00:00:00.000Z';
      for (const [entity, owner, state] of [
        [checkout, 'group:default/payments-team', 'approved'],
        [database, 'group:default/dba-team', 'approved'],
        [storefront, 'group:default/web-team', 'retired'],
      ]) {
        await write({
          type: 'impact-analysis',
          at,
          state: 'draft',
          entityRefs: [entity],
          owner,
          steps: [{ at, state, ends: state === 'retired' }],
        });
      }
      const plan = await write({
        type: 'continuity-plan',
        at,
        state: 'draft',
        entityRefs: [checkout],
        steps: [
          { at, state: 'approved' },
          { at, state: 'active' },
        ],
      });
      await write({
        type: 'continuity-plan',
        at,
        state: 'draft',
        entityRefs: [database],
      });
      const exercise = (
        entity: string,
        plannedStart: string,
        completed?: { at: string; withinRto?: boolean },
      ) =>
        write({
          type: 'exercise',
          at,
          state: 'planned',
          entityRefs: [entity],
          fields: { kind: 'tabletop', plannedStart },
          steps: completed
            ? [
                { at: plannedStart, state: 'running' },
                {
                  at: completed.at,
                  state: 'completed',
                  ends: true,
                  fields: {
                    result: 'passed',
                    measurement: measured(completed.withinRto),
                  },
                },
              ]
            : [],
        });
      const ex1 = await exercise(checkout, '2026-11-05T09:00:00.000Z', {
        at: '2026-11-05T11:00:00.000Z',
        withinRto: true,
      });
      const ex2 = await exercise(database, '2026-11-20T09:00:00.000Z', {
        at: '2026-11-21T11:00:00.000Z',
        withinRto: false,
      });
      const ex3 = await exercise(checkout, '2026-11-25T09:00:00.000Z');
      await exercise(checkout, '2026-12-03T09:00:00.000Z');
      await exercise(database, '2026-10-28T09:00:00.000Z', {
        at: '2026-11-02T11:00:00.000Z',
      });
      return { knex, plan, ex1, ex2, ex3 };
    }

    it('counts services with an approved plan, drills on schedule and within RTO', async () => {
      const { knex, plan, ex1, ex3 } = await history();
      const figure = (indicator: string, scope = portal as any) =>
        byId(indicator).compute(knex, november, scope);

      // Checkout and the database are analysed (the storefront's analysis
      // is retired); only checkout's plan is in force.
      expect(await figure('services-with-approved-plan')).toEqual({
        value: 50,
        numerator: 1,
        denominator: 2,
        sample: 2,
      });
      expect(
        (
          await figure('services-with-approved-plan', {
            kind: 'group',
            ref: 'group:default/dba-team',
          })
        ).value,
      ).toBe(0);
      expect(
        (
          await figure('services-with-approved-plan', {
            kind: 'service',
            ref: checkout,
          })
        ).value,
      ).toBe(100);
      expect(
        (
          await byId('services-with-approved-plan').records!(
            knex,
            november,
            portal,
          )
        ).map((r: { id: string }) => r.id),
      ).toEqual([plan.id]);

      // EX-1, EX-2 and EX-3 were planned for November; two were completed.
      const onSchedule = await figure('drills-on-schedule');
      expect(onSchedule).toMatchObject({ numerator: 2, denominator: 3 });
      expect(onSchedule.value).toBeCloseTo(200 / 3, 6);
      expect(
        (
          await byId('drills-on-schedule').breakdown!(
            knex,
            november,
            portal,
            'service',
          )
        ).map(r => [r.key, r.figure.value]),
      ).toEqual([
        [checkout, 50],
        [database, 100],
      ]);
      expect(
        (
          await byId('drills-on-schedule').records!(knex, november, {
            kind: 'service',
            ref: checkout,
          })
        )
          .map((r: { id: string }) => r.id)
          .sort(),
      ).toEqual([ex1.id, ex3.id].sort());

      // EX-1 within its RTO, EX-2 over it; EX-5 had no RTO to meet.
      expect(await figure('drills-within-rto')).toEqual({
        value: 50,
        numerator: 1,
        denominator: 2,
        sample: 2,
      });
      expect(
        (await figure('drills-within-rto', { kind: 'service', ref: database }))
          .value,
      ).toBe(0);
    });
  },
);
