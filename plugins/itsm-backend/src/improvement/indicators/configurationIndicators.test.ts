import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseCiHistoryStore } from '../../cmdb';
import { IndicatorComputation } from './IndicatorComputation';
import { configurationIndicators } from './configurationIndicators';
import { changeIndicators } from './changeIndicators';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const november = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
};
const portal = { kind: 'portal' } as const;
const payments = 'group:default/payments-team';
const dba = 'group:default/dba-team';
const checkout = 'component:default/checkout-service';
const database = 'resource:default/payments-db';
const server = 'resource:default/srv-01';
const queue = 'resource:default/queue';

const byId = (id: string): IndicatorComputation =>
  [...configurationIndicators, ...changeIndicators].find(c => c.id === id)!;

describe.each(databases.eachSupportedId())(
  'configuration indicators on %p',
  id => {
    /**
     * The CMDB's index after a look at the catalog (its change detection
     * task writes it so):
     * - checkout: owned by payments, classified, a support group, changed 20 Nov;
     * - the database: owned by the DBAs, unclassified, no support group,
     *   unchanged since 1 Jul (stale at the end of November: 90 days before
     *   is 2 Sep);
     * - a server: no owner, classified, a support group, changed 1 Aug (stale);
     * - a queue: owned by payments, classified, no support group, changed 1 Oct.
     * And the changes it found: checkout on 5 Nov unauthorised and 6 Nov
     * under CHG-1, the database on 7 Nov unauthorised, the server on
     * 30 Oct unauthorised.
     */
    async function index() {
      const knex = await databases.init(id);
      const store = await DatabaseCiHistoryStore.create({ knex });
      const item = (
        entityRef: string,
        changedAt: string,
        facts: { owner?: string; classified: boolean; supportGroup?: string },
      ) => ({
        entityRef,
        etag: 'e1',
        snapshot: {},
        seenAt: '2026-11-30T12:00:00.000Z',
        changedAt,
        index: {
          kind: 'Resource',
          title: entityRef,
          ciClass: facts.classified ? 'software/service' : 'other',
          ...facts,
        },
      });
      const change = (entityRef: string, detectedAt: string, by?: string) => ({
        entityRef,
        kind: 'modified' as const,
        differences: [],
        detectedAt,
        ...(by ? { authorizedBy: { id: by, ref: 'CHG-1' } } : {}),
      });
      await store.saveLook({
        snapshots: [
          item(checkout, '2026-11-20T00:00:00.000Z', {
            owner: payments,
            classified: true,
            supportGroup: payments,
          }),
          item(database, '2026-07-01T00:00:00.000Z', {
            owner: dba,
            classified: false,
          }),
          item(server, '2026-08-01T00:00:00.000Z', {
            classified: true,
            supportGroup: 'group:default/ops',
          }),
          item(queue, '2026-10-01T00:00:00.000Z', {
            owner: payments,
            classified: true,
          }),
        ],
        removed: [],
        changes: [
          change(checkout, '2026-11-05T10:00:00.000Z'),
          change(checkout, '2026-11-06T10:00:00.000Z', 'change-1'),
          change(database, '2026-11-07T10:00:00.000Z'),
          change(server, '2026-10-30T10:00:00.000Z'),
        ],
      });
      return knex;
    }

    it('computes the shares of items with owner, class and support group, and the stale items', async () => {
      const knex = await index();
      const figure = (indicator: string, scope = portal as any) =>
        byId(indicator).compute(knex, november, scope);

      expect(await figure('ci-with-owner')).toEqual({
        value: 75,
        numerator: 3,
        denominator: 4,
        sample: 4,
      });
      expect((await figure('ci-with-class')).value).toBe(75);
      expect((await figure('ci-with-support-group')).value).toBe(50);
      expect(await figure('ci-stale')).toEqual({ value: 2, sample: 2 });
      // The items payments owns: both with a class, neither stale.
      expect(
        (await figure('ci-with-class', { kind: 'group', ref: payments })).value,
      ).toBe(100);
      expect(
        (await figure('ci-stale', { kind: 'group', ref: payments })).value,
      ).toBe(0);
      expect(
        (
          await figure('ci-with-support-group', {
            kind: 'service',
            ref: database,
          })
        ).value,
      ).toBe(0);
    });

    it('counts the unauthorised changes found in the period, by item', async () => {
      const knex = await index();
      expect(
        await byId('unauthorised-ci-changes').compute(knex, november, portal),
      ).toEqual({ value: 2, sample: 2 });
      expect(
        (
          await byId('unauthorised-ci-changes').compute(knex, november, {
            kind: 'group',
            ref: dba,
          })
        ).value,
      ).toBe(1);
      expect(
        await byId('unauthorised-ci-changes').breakdown!(
          knex,
          november,
          portal,
          'service',
        ),
      ).toEqual([
        { key: checkout, figure: { value: 1, sample: 1 } },
        { key: database, figure: { value: 1, sample: 1 } },
      ]);
    });
  },
);
