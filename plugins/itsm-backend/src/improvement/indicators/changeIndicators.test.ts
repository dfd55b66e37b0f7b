import { TestDatabases } from '@backstage/backend-test-utils';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  ctx,
  setupRecordService,
} from '../../__testUtils__/setupRecordService';
import { RequestContext } from '../../core/services/RecordService';
import { IndicatorComputation } from './IndicatorComputation';
import { changeIndicators } from './changeIndicators';
import { doraIndicators } from './doraIndicators';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const november = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
};
const december = {
  from: '2026-12-01T00:00:00.000Z',
  to: '2027-01-01T00:00:00.000Z',
};
const portal = { kind: 'portal' } as const;
const checkout = {
  kind: 'service',
  ref: 'component:default/checkout-service',
} as const;
const operations = {
  kind: 'group',
  ref: 'group:default/it-operations',
} as const;
const HOUR = 3_600_000;

const fix = {
  resolution: 'Restarted the pods again',
  cause: 'The restart dropped the connection pool',
  verification: 'Payments go through',
};

/** Olivia sits on the CAB, which the tests' change manager group accepts for. */
const olivia: RequestContext = {
  credentials: mockCredentials.user('user:default/olivia.ops'),
};

/** A normal change with every answer of the risk questionnaire "no". */
const request = {
  title: 'Upgrade checkout to Node 22',
  description: 'Move the checkout service to the Node 22 base image',
  entityRefs: ['component:checkout-service'],
  model: 'normal',
  changeType: 'system',
  reason: 'Node 20 leaves support in April',
  window: { start: '2026-12-02T20:00:00Z', end: '2026-12-02T22:00:00Z' },
  plan: [{ title: 'Roll out to production' }],
  backoutPlan: 'Roll back to the previous image tag',
  testPlan: 'Smoke test a payment in staging',
  risk: {
    answers: {
      customerFacing: 'no',
      downtime: 'no',
      data: 'no',
      untested: 'no',
      noBackout: 'no',
      reach: 'none',
    },
  },
};

const byId = (id: string): IndicatorComputation => {
  const found = [...changeIndicators, ...doraIndicators].find(c => c.id === id);
  if (!found) throw new Error(`no computation ${id}`);
  return found;
};

describe.each(databases.eachSupportedId())(
  'change and DORA indicators on %p',
  id => {
    /**
     * The test clock starts on 2026-11-28 at 10:00 and ticks a minute per
     * write; everything below happens in November:
     * - CHG-1 emergency on checkout, submitted, rejected 49 hours later
     *   (after its 48-hour acceptance deadline);
     * - CHG-2 normal on the payments database, submitted and accepted in time;
     * - CHG-3 standard on checkout, implemented and closed successful;
     * - CHG-4 standard on checkout, implemented, INC-1 (P2) confirmed as
     *   caused by it, closed as failed; INC-1 resolved, INC-2 (P3) too.
     */
    async function history() {
      const env = await setupRecordService(databases, id);
      const { service, advance, knex } = env;
      const move = async (
        ref: string,
        action: string,
        body: Record<string, unknown> = {},
        who: RequestContext = ctx,
      ) => {
        const type = ref.startsWith('INC') ? 'incident' : 'change';
        const current = await service.get(type, ref, ctx);
        return service.transition(
          type,
          ref,
          { action, version: current.version, ...body },
          who,
        );
      };
      const standard = {
        ...request,
        model: 'standard',
        template: 'restart-pod',
      };

      await service.create(
        'change',
        { ...request, model: 'emergency', changeType: 'emergency' },
        ctx,
      );
      await move('CHG-1', 'submit');
      advance(49 * HOUR);
      await move('CHG-1', 'reject', { reason: 'Not an emergency' }, olivia);

      await service.create(
        'change',
        { ...request, entityRefs: ['resource:payments-db'] },
        ctx,
      );
      await move('CHG-2', 'submit');
      await move('CHG-2', 'accept', {}, olivia);

      await service.create('change', standard, ctx);
      await move('CHG-3', 'submit');
      await move('CHG-3', 'start');
      await move('CHG-3', 'close', { outcome: 'successful' });

      await service.create('change', standard, ctx);
      await move('CHG-4', 'submit');
      await move('CHG-4', 'start');
      await env.reported(); // INC-1, P2 on checkout
      await env.reported({ priority: 'P3' }); // INC-2
      await service.link(
        'incident',
        'INC-1',
        { target: 'CHG-4', kind: 'caused-by' },
        ctx,
      );
      await move('CHG-4', 'close', { outcome: 'failed' });
      advance(2 * HOUR);
      await move('INC-1', 'resolve', fix);
      await move('INC-2', 'resolve', fix);

      const row = async (type: string, number: number) => {
        const r = await knex('itsm_records').where({ type, number }).first();
        return {
          id: r.id as string,
          created: new Date(r.created_at).getTime(),
          closed: r.closed_at ? new Date(r.closed_at).getTime() : 0,
          resolved: r.resolved_at ? new Date(r.resolved_at).getTime() : 0,
        };
      };
      return {
        knex,
        chg: await Promise.all([1, 2, 3, 4].map(n => row('change', n))),
        inc: await row('incident', 1),
      };
    }

    it('counts changes by model and type, their success, emergencies, caused incidents and acceptance in time', async () => {
      const { knex, chg } = await history();
      const figure = (
        indicator: string,
        scope = portal as any,
        window = november,
      ) => byId(indicator).compute(knex, window, scope);

      expect(await figure('change-volume')).toEqual({ value: 4, sample: 4 });
      expect((await figure('change-volume', checkout)).value).toBe(3);
      expect((await figure('change-volume', portal, december)).value).toBe(0);
      expect(
        await byId('change-volume').breakdown!(knex, november, portal, 'model'),
      ).toEqual([
        { key: 'emergency', figure: { value: 1, sample: 1 } },
        { key: 'normal', figure: { value: 1, sample: 1 } },
        { key: 'standard', figure: { value: 2, sample: 2 } },
      ]);
      expect(
        (
          await byId('change-volume').breakdown!(knex, november, portal, 'type')
        ).map(r => [r.key, r.figure.value]),
      ).toEqual([
        ['emergency', 1],
        ['system', 3],
      ]);

      // CHG-3 successful, CHG-4 failed: the two closed.
      expect(await figure('change-success-rate')).toEqual({
        value: 50,
        numerator: 1,
        denominator: 2,
        sample: 2,
      });
      expect(
        (
          await byId('change-success-rate').breakdown!(
            knex,
            november,
            portal,
            'service',
          )
        ).map(r => [r.key, r.figure.value]),
      ).toEqual([['component:default/checkout-service', 50]]);

      // One emergency change of four; none of the database's one.
      expect((await figure('emergency-change-share')).value).toBe(25);
      expect((await figure('emergency-change-share', operations)).value).toBe(
        25,
      );
      expect(
        (
          await figure('emergency-change-share', {
            kind: 'service',
            ref: 'resource:default/payments-db',
          })
        ).value,
      ).toBe(0);

      expect((await figure('changes-causing-incidents')).value).toBe(1);
      expect(
        (await figure('changes-causing-incidents', portal, december)).value,
      ).toBe(0);
      expect(
        (
          await byId('changes-causing-incidents').records!(
            knex,
            november,
            checkout,
          )
        ).map((r: { id: string }) => r.id),
      ).toEqual([chg[3].id]);

      // CHG-2 accepted in time, CHG-1 rejected after its deadline.
      expect(await figure('change-accepted-in-time')).toEqual({
        value: 50,
        numerator: 1,
        denominator: 2,
        sample: 2,
      });
      expect(
        (
          await byId('change-accepted-in-time').breakdown!(
            knex,
            november,
            portal,
            'model',
          )
        ).map(r => [r.key, r.figure.value]),
      ).toEqual([
        ['emergency', 0],
        ['normal', 100],
      ]);
      expect(
        (
          await byId('change-accepted-in-time').records!(
            knex,
            november,
            portal,
            {
              by: 'model',
              value: 'emergency',
            },
          )
        ).map((r: { id: string }) => r.id),
      ).toEqual([chg[0].id]);
    });

    it('computes the DORA keys from the same changes and incidents', async () => {
      const { knex, chg, inc } = await history();
      const figure = (indicator: string, scope = portal as any) =>
        byId(indicator).compute(knex, november, scope);

      // CHG-3 and CHG-4 reached production (CHG-1 was rejected); CHG-4
      // failed and caused INC-1.
      expect(await figure('change-failure-rate')).toEqual({
        value: 50,
        numerator: 1,
        denominator: 2,
        sample: 2,
      });
      expect((await figure('change-failure-rate', operations)).value).toBe(50);

      const leadHours = [chg[2], chg[3]].map(
        c => (c.closed - c.created) / HOUR,
      );
      const lead = await figure('lead-time-for-changes');
      expect(lead.sample).toBe(2);
      expect(lead.value).toBeCloseTo((leadHours[0] + leadHours[1]) / 2, 6);
      expect(
        (
          await byId('lead-time-for-changes').breakdown!(
            knex,
            november,
            checkout,
            'service',
          )
        ).map(r => [r.key, r.figure.sample]),
      ).toEqual([['component:default/checkout-service', 2]]);

      // INC-1 (P2) only: INC-2 is P3.
      const restore = await figure('time-to-restore');
      expect(restore.sample).toBe(1);
      expect(restore.value).toBeCloseTo((inc.resolved - inc.created) / HOUR, 6);
      expect(
        (await byId('time-to-restore').records!(knex, november, checkout)).map(
          (r: { id: string }) => r.id,
        ),
      ).toEqual([inc.id]);
    });
  },
);
