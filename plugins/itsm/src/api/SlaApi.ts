import type {
  SlaAgreementView,
  SlaClockList,
  SlaReport,
  SlaReview,
  SlaReviewDecision,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * What a service level report covers.
 *
 * @public
 */
export type SlaReportOptions = {
  /** Incidents opened from (inclusive) to (exclusive); default the last 30 days. */
  from?: string;
  to?: string;
  /** One entity (a system with its parts). */
  entityRef?: string;
  /** Groups (entity refs), or `mine`. */
  assignmentGroup?: string[];
};

/**
 * The service level management part of the {@link ItsmApi} (chapter 8):
 * the clocks of an incident, the report, the agreement and its reviews.
 *
 * @public
 */
export interface SlaApi {
  /** The incident's service level clocks (§8.1), as of now. */
  getIncidentSla(id: string): Promise<SlaClockList>;
  /** The service level report (§8.3). */
  getSlaReport(options?: SlaReportOptions): Promise<SlaReport>;
  /** The agreement an entity's incidents fall under (404 when none). */
  getSlaAgreement(entityRef: string): Promise<SlaAgreementView>;
  /** The reviews of an entity's agreement, newest first. */
  listSlaReviews(entityRef: string): Promise<{ items: SlaReview[] }>;
  /** Records a review of an entity's agreement (§8.3.2). */
  reviewSla(body: {
    entityRef: string;
    decision: SlaReviewDecision;
    notes: string;
    from?: string;
    to?: string;
  }): Promise<SlaReview>;
}
