// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import {
  SlaAgreementView,
  SlaClockList,
  SlaReport,
  SlaReview,
  SlaReviewDecision,
} from '@backstage-itsm/plugin-itsm-common';
import { ProblemRequests } from './ProblemRequests';

/** What a service level report covers. */
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
 * The service level requests of the {@link ItsmApi} (chapter 8), over HTTP.
 *
 * @public
 */
export class SlaRequests extends ProblemRequests {
  async getIncidentSla(id: string): Promise<SlaClockList> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/incidents/{id}/sla', { params: { path: { id } } }),
    );
  }

  async getSlaReport(options: SlaReportOptions = {}): Promise<SlaReport> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/sla/report', {
        params: {
          query: {
            from: options.from,
            to: options.to,
            entityRef: options.entityRef,
            assignmentGroup: options.assignmentGroup?.length
              ? options.assignmentGroup
              : undefined,
          },
        },
      }),
    );
  }

  async getSlaAgreement(entityRef: string): Promise<SlaAgreementView> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/sla/agreement', { params: { query: { entityRef } } }),
    );
  }

  async listSlaReviews(entityRef: string): Promise<{ items: SlaReview[] }> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/sla/reviews', { params: { query: { entityRef } } }),
    );
  }

  async reviewSla(body: {
    entityRef: string;
    decision: SlaReviewDecision;
    notes: string;
    from?: string;
    to?: string;
  }): Promise<SlaReview> {
    const client = await this.client();
    return this.unwrap(await client.POST('/sla/reviews', { body }));
  }
}
