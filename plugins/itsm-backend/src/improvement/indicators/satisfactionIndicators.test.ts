import { TestDatabases } from '@backstage/backend-test-utils';
import { randomUUID } from 'node:crypto';
import { aNewRecord } from '../../core/__testUtils__/aNewRecord';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { IndicatorComputation } from './IndicatorComputation';
import { satisfactionIndicators } from './satisfactionIndicators';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const checkout = 'component:default/checkout-service';
const storefront = 'component:default/storefront';
const payments = 'group:default/payments-team';
const web = 'group:default/web-team';
const december = {
  from: '2026-12-01T00:00:00.000Z',
  to: '2027-01-01T00:00:00.000Z',
};

const indicator = (id: string): IndicatorComputation =>
  satisfactionIndicators.find(c => c.id === id)!;

/**
 * Six invitations, by hand:
 *   i1 incident A (payments, checkout) sent 12-02, answered 12-03, rated 4
 *   i2 incident B (web, storefront)    sent 12-05, answered 12-06, rated 1
 *   i3 incident A (payments, checkout) sent 12-10, not answered
 *   i4 periodic, checkout              sent 12-01, answered 12-02, rated 5
 *   i5 periodic, storefront            sent 11-28, answered 12-01, rated 2
 *   i6 incident B (web, storefront)    sent 12-20, answered 01-02, rated 3
 * December's mean rating: answered in December, i1 i2 i4 i5 = 12 / 4 = 3;
 * its response rate: sent in December, i1 i2 i3 i4 i6, answered 4 of 5.
 */
describe.each(databases.eachSupportedId())(
  'satisfaction indicators on %p',
  id => {
    let knex: Awaited<ReturnType<typeof databases.init>>;
    beforeAll(async () => {
      knex = await databases.init(id);
      const store = await DatabaseRecordStore.create({ knex });
      const a = (await store.createRecord(aNewRecord())).record;
      const b = (
        await store.createRecord(
          aNewRecord({ entityRefs: [storefront], entityOwners: [] }),
        )
      ).record;
      const invitation = (
        n: number,
        row: {
          record?: string;
          service?: string;
          group?: string;
          sent: string;
          answered?: string;
          rating?: number;
        },
      ) => ({
        id: randomUUID(),
        survey_id: row.record ? `closure-${n}` : 'periodic',
        kind: row.record ? 'after-closure' : 'periodic',
        record_id: row.record ?? null,
        service_ref: row.service ?? null,
        assignment_group: row.group ?? null,
        recipient: `user:default/u${n}`,
        claim_key: `c${n}`,
        sent_at: `${row.sent}T10:00:00.000Z`,
        answered_at: row.answered ? `${row.answered}T10:00:00.000Z` : null,
        overall_rating: row.rating ?? null,
      });
      await knex('itsm_survey_invitations').insert([
        invitation(1, { record: a.id, group: payments, sent: '2026-12-02', answered: '2026-12-03', rating: 4 }), // prettier-ignore
        invitation(2, { record: b.id, group: web, sent: '2026-12-05', answered: '2026-12-06', rating: 1 }), // prettier-ignore
        invitation(3, { record: a.id, group: payments, sent: '2026-12-10' }),
        invitation(4, { service: checkout, sent: '2026-12-01', answered: '2026-12-02', rating: 5 }), // prettier-ignore
        invitation(5, { service: storefront, sent: '2026-11-28', answered: '2026-12-01', rating: 2 }), // prettier-ignore
        invitation(6, { record: b.id, group: web, sent: '2026-12-20', answered: '2027-01-02', rating: 3 }), // prettier-ignore
      ]);
    });

    it('rates satisfaction as the mean overall rating of the answers given in the period', async () => {
      const rating = indicator('satisfaction-rating');
      expect(await rating.compute(knex, december, { kind: 'portal' })).toEqual({
        value: 3,
        numerator: 12,
        denominator: 4,
        sample: 4,
      });
      expect(
        await rating.compute(knex, december, { kind: 'group', ref: payments }),
      ).toEqual({ value: 4, numerator: 4, denominator: 1, sample: 1 });
      expect(
        await rating.compute(knex, december, {
          kind: 'service',
          ref: checkout,
        }),
      ).toEqual({ value: 4.5, numerator: 9, denominator: 2, sample: 2 });
      expect(
        await rating.compute(
          knex,
          { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
          { kind: 'portal' },
        ),
      ).toEqual({ value: null, numerator: 0, denominator: 0, sample: 0 });
      expect(
        await rating.breakdown!(knex, december, { kind: 'portal' }, 'group'),
      ).toEqual([
        { key: payments, figure: { value: 4, numerator: 4, denominator: 1, sample: 1 } }, // prettier-ignore
        { key: web, figure: { value: 1, numerator: 1, denominator: 1, sample: 1 } }, // prettier-ignore
      ]);
      expect(
        await rating.breakdown!(knex, december, { kind: 'portal' }, 'service'),
      ).toEqual([
        { key: checkout, figure: { value: 4.5, numerator: 9, denominator: 2, sample: 2 } }, // prettier-ignore
        { key: storefront, figure: { value: 1.5, numerator: 3, denominator: 2, sample: 2 } }, // prettier-ignore
      ]);
    });

    it('gives the response rate as the share of the invitations sent in the period that are answered', async () => {
      const rate = indicator('survey-response-rate');
      expect(await rate.compute(knex, december, { kind: 'portal' })).toEqual({
        value: 80,
        numerator: 4,
        denominator: 5,
        sample: 5,
      });
      expect(
        await rate.compute(knex, december, { kind: 'group', ref: payments }),
      ).toEqual({ value: 50, numerator: 1, denominator: 2, sample: 2 });
      expect(
        await rate.breakdown!(knex, december, { kind: 'portal' }, 'service'),
      ).toEqual([
        { key: checkout, figure: { value: 200 / 3, numerator: 2, denominator: 3, sample: 3 } }, // prettier-ignore
        { key: storefront, figure: { value: 100, numerator: 2, denominator: 2, sample: 2 } }, // prettier-ignore
      ]);
      expect(
        await rate.breakdown!(
          knex,
          december,
          { kind: 'service', ref: storefront },
          'group',
        ),
      ).toEqual([
        { key: web, figure: { value: 100, numerator: 2, denominator: 2, sample: 2 } }, // prettier-ignore
      ]);
      expect(
        await rate.breakdown!(knex, december, { kind: 'portal' }, 'priority'),
      ).toEqual([]);
    });
  },
);
