import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { DatabaseSlaReviewStore } from './DatabaseSlaReviewStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('SLA reviews on %p', id => {
  it('keeps reviews with their figures, newest first per entity', async () => {
    const knex = await databases.init(id);
    await DatabaseRecordStore.create({ knex });
    const reviews = new DatabaseSlaReviewStore(knex);
    const review = (entityRef: string, reviewedAt: string) =>
      reviews.addReview({
        entityRef,
        agreementId: 'gold',
        decision: 'keep',
        notes: `Reviewed ${reviewedAt}`,
        reviewedBy: 'user:default/olivia.ops',
        reviewedAt,
        period: {
          from: '2026-08-01T00:00:00.000Z',
          to: '2026-11-01T00:00:00.000Z',
        },
        figures: { restore: { met: 9, breached: 1, pending: 0, percent: 90 } },
      });
    const older = await review(
      'component:default/a',
      '2026-10-01T10:00:00.000Z',
    );
    const newer = await review(
      'component:default/a',
      '2026-11-01T10:00:00.000Z',
    );
    await review('component:default/b', '2026-11-02T10:00:00.000Z');
    expect(await reviews.listReviews('component:default/a', 10)).toEqual([
      newer,
      older,
    ]);
    expect(older.figures).toEqual({
      restore: { met: 9, breached: 1, pending: 0, percent: 90 },
    });
    expect(await reviews.listReviews('component:default/a', 1)).toEqual([
      newer,
    ]);
  });
});
