// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import {
  improvementPaths,
  ImprovementRecordType,
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import type { ImprovementApi, ImprovementRecordOf } from './ImprovementApi';
import type { ItsmHttpClient } from './ItsmHttpClient';

/**
 * The continual improvement requests of the {@link ImprovementApi} over
 * HTTP: the KPI figures, and the two record types on the shared record
 * routes (the typed client is given the improvements' paths, whose shapes
 * the trainings' share).
 */
export function improvementRequests(http: ItsmHttpClient): ImprovementApi {
  const collection = (type: ImprovementRecordType) =>
    `/${improvementPaths[type]}` as '/improvements';
  const one = (type: ImprovementRecordType) =>
    `/${improvementPaths[type]}/{id}` as '/improvements/{id}';
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

    async listImprovementRecords(type, options = {}) {
      const client = await http.client();
      return (await http.unwrap(
        await client.GET(collection(type), {
          params: { query: http.listQuery(options) },
        }),
      )) as { items: ImprovementRecordOf[typeof type][]; nextCursor?: string };
    },

    async getImprovementRecord(type, ref) {
      const client = await http.client();
      return (await http.unwrap(
        await client.GET(one(type), { params: { path: { id: ref } } }),
      )) as ImprovementRecordOf[typeof type];
    },

    async createImprovementRecord(type, body, options = {}) {
      const client = await http.client();
      return (await http.unwrap(
        await client.POST(collection(type), {
          params: { header: http.idempotencyHeader(options.idempotencyKey) },
          body: body as any,
        }),
      )) as ImprovementRecordOf[typeof type];
    },

    async updateImprovementRecord(type, ref, body) {
      const client = await http.client();
      return (await http.unwrap(
        await client.PATCH(one(type), {
          params: { path: { id: ref } },
          body: body as any,
        }),
      )) as ImprovementRecordOf[typeof type];
    },

    async transitionImprovementRecord(type, ref, body) {
      const client = await http.client();
      return (await http.unwrap(
        await client.POST(
          `${one(type)}/transitions` as '/improvements/{id}/transitions',
          { params: { path: { id: ref } }, body },
        ),
      )) as ImprovementRecordOf[typeof type];
    },

    async getImprovementTimeline(
      type,
      ref,
      options = {},
    ): Promise<TimelinePage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET(
          `${one(type)}/timeline` as '/improvements/{id}/timeline',
          {
            params: {
              path: { id: ref },
              query: { limit: options.limit, cursor: options.cursor },
            },
          },
        ),
      );
    },

    async listImprovementLinks(type, ref) {
      const client = await http.client();
      return http.unwrap(
        await client.GET(`${one(type)}/links` as '/improvements/{id}/links', {
          params: { path: { id: ref } },
        }),
      );
    },

    async linkImprovementRecord(type, ref, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST(`${one(type)}/links` as '/improvements/{id}/links', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },

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

    async commentOnImprovementRecord(type, ref, body): Promise<TimelineEvent> {
      const client = await http.client();
      return http.unwrap(
        await client.POST(
          `${one(type)}/comments` as '/improvements/{id}/comments',
          { params: { path: { id: ref } }, body },
        ),
      );
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
