import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { toIso } from '../../core/database/operations/rowMapping';
import { SlaReviewStore, StoredSlaReview } from './SlaReviewStore';

type SlaReviewRow = {
  id: string;
  entity_ref: string;
  agreement_id: string;
  decision: string;
  notes: string;
  reviewed_by: string;
  reviewed_at: string | Date;
  period_from: string | Date;
  period_to: string | Date;
  figures: string;
};

const rowToReview = (row: SlaReviewRow): StoredSlaReview => ({
  id: row.id,
  entityRef: row.entity_ref,
  agreementId: row.agreement_id,
  decision: row.decision,
  notes: row.notes,
  reviewedBy: row.reviewed_by,
  reviewedAt: toIso(row.reviewed_at),
  period: { from: toIso(row.period_from), to: toIso(row.period_to) },
  figures: JSON.parse(row.figures),
});

/** The reviews of agreements in the plugin's database, SQLite or PostgreSQL. */
export class DatabaseSlaReviewStore implements SlaReviewStore {
  constructor(private readonly db: Knex) {}

  async addReview(
    review: Omit<StoredSlaReview, 'id'>,
  ): Promise<StoredSlaReview> {
    const row: SlaReviewRow = {
      id: randomUUID(),
      entity_ref: review.entityRef,
      agreement_id: review.agreementId,
      decision: review.decision,
      notes: review.notes,
      reviewed_by: review.reviewedBy,
      reviewed_at: review.reviewedAt,
      period_from: review.period.from,
      period_to: review.period.to,
      figures: JSON.stringify(review.figures),
    };
    await this.db<SlaReviewRow>('itsm_sla_reviews').insert(row);
    return rowToReview(row);
  }

  async listReviews(
    entityRef: string,
    limit: number,
  ): Promise<StoredSlaReview[]> {
    const rows = await this.db<SlaReviewRow>('itsm_sla_reviews')
      .where('entity_ref', entityRef)
      .orderBy([
        { column: 'reviewed_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(rowToReview);
  }
}
