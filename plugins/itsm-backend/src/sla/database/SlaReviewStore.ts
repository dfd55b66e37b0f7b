/** A review of an entity's service level agreement, as stored. */
export type StoredSlaReview = {
  id: string;
  entityRef: string;
  agreementId: string;
  decision: string;
  notes: string;
  reviewedBy: string;
  reviewedAt: string;
  period: { from: string; to: string };
  /** The figures the reviewer saw: compliance and satisfaction. */
  figures: Record<string, unknown>;
};

/** The reviews of agreements (§8.3.2). */
export interface SlaReviewStore {
  addReview(review: Omit<StoredSlaReview, 'id'>): Promise<StoredSlaReview>;
  /** An entity's reviews, newest first, at most `limit`. */
  listReviews(entityRef: string, limit: number): Promise<StoredSlaReview[]>;
}
