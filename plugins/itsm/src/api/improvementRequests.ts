// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import { improvementPaths } from '@backstage-itsm/plugin-itsm-common';
import type { ImprovementApi, ImprovementRecordOf } from './ImprovementApi';
import type { ItsmHttpClient } from './ItsmHttpClient';
import { recordCollectionRequests } from './recordCollectionRequests';

/**
 * The continual improvement requests of the {@link ImprovementApi} over
 * HTTP: the KPI figures, the two record types on the shared record routes
 * (recordCollectionRequests), the plan, approvals, effects, training plans,
 * surveys and monthly reports.
 */
export function improvementRequests(http: ItsmHttpClient): ImprovementApi {
  const records = recordCollectionRequests(http, improvementPaths);
  return {
    async getKpiScorecard(options = {}) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/kpis', { params: { query: options } }),
      );
    },

    async getKpiSeries(indicatorId, options = {}) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/kpis/{indicatorId}/series', {
          params: { path: { indicatorId }, query: options },
        }),
      );
    },

    async getKpiBreakdown(indicatorId, by, options = {}) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/kpis/{indicatorId}/breakdown', {
          params: { path: { indicatorId }, query: { ...options, by } },
        }),
      );
    },

    async getKpiRecords(indicatorId, options = {}) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/kpis/{indicatorId}/records', {
          params: { path: { indicatorId }, query: options },
        }),
      );
    },

    listImprovementRecords: (type, options) =>
      records.list(type, options) as Promise<{
        items: ImprovementRecordOf[typeof type][];
        nextCursor?: string;
      }>,
    getImprovementRecord: (type, ref) =>
      records.get(type, ref) as Promise<ImprovementRecordOf[typeof type]>,
    createImprovementRecord: (type, body, options) =>
      records.create(type, body, options) as Promise<
        ImprovementRecordOf[typeof type]
      >,
    updateImprovementRecord: (type, ref, body) =>
      records.update(type, ref, body) as Promise<
        ImprovementRecordOf[typeof type]
      >,
    transitionImprovementRecord: (type, ref, body) =>
      records.transition(type, ref, body) as Promise<
        ImprovementRecordOf[typeof type]
      >,
    getImprovementTimeline: records.timeline,
    listImprovementLinks: records.links,
    linkImprovementRecord: records.link,
    commentOnImprovementRecord: records.comment,

    async getTrainingPlan(group) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/trainings/plan', { params: { query: { group } } }),
      );
    },

    async listPeriodicReports(scope) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/reports', {
          params: { query: scope ? { scope } : {} },
        }),
      );
    },

    async getPeriodicReport(scope, period) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/reports/{scope}/{period}', {
          params: { path: { scope, period } },
        }),
      );
    },

    async createPeriodicReport(body) {
      const client = await http.client();
      return http.unwrap(await client.POST('/reports', { body }));
    },

    async decideImprovementApproval(ref, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/improvements/{id}/approvals', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },

    async getImprovementEffect(ref) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/improvements/{id}/effect', {
          params: { path: { id: ref } },
        }),
      );
    },

    async getImprovementPlan(options = {}) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/improvements/plan', {
          params: { query: options },
        }),
      );
    },
  };
}
