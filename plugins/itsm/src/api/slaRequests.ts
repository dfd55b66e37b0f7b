// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import type {
  SlaAgreementView,
  SlaClockList,
  SlaReport,
  SlaReview,
  SlaReviewDecision,
} from '@backstage-itsm/plugin-itsm-common';
import type { SlaApi, SlaReportOptions } from './SlaApi';
import type { ItsmHttpClient } from './ItsmHttpClient';

/**
 * The service level requests of the {@link SlaApi} over HTTP.
 */
export function slaRequests(http: ItsmHttpClient): SlaApi {
  return {
    async getIncidentSla(id: string): Promise<SlaClockList> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents/{id}/sla', { params: { path: { id } } }),
      );
    },

    async getSlaReport(options: SlaReportOptions = {}): Promise<SlaReport> {
      const client = await http.client();
      return http.unwrap(
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
    },

    async getSlaAgreement(entityRef: string): Promise<SlaAgreementView> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/sla/agreement', {
          params: { query: { entityRef } },
        }),
      );
    },

    async listSlaReviews(entityRef: string): Promise<{ items: SlaReview[] }> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/sla/reviews', { params: { query: { entityRef } } }),
      );
    },

    async reviewSla(body: {
      entityRef: string;
      decision: SlaReviewDecision;
      notes: string;
      from?: string;
      to?: string;
    }): Promise<SlaReview> {
      const client = await http.client();
      return http.unwrap(await client.POST('/sla/reviews', { body }));
    },
  };
}
