// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import {
  continuityPaths,
  ContinuityRecordOf,
  ContinuityRecordType,
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import type { ContinuityApi } from './ContinuityApi';
import type { ItsmHttpClient } from './ItsmHttpClient';

/**
 * The continuity requests of the {@link ContinuityApi} over HTTP. The four
 * types share the record routes, so one request serves each; the typed
 * client is given the risks' paths, whose shapes the others share.
 */
export function continuityRequests(http: ItsmHttpClient): ContinuityApi {
  const collection = (type: ContinuityRecordType) =>
    `/${continuityPaths[type]}` as '/risks';
  const one = (type: ContinuityRecordType) =>
    `/${continuityPaths[type]}/{id}` as '/risks/{id}';
  return {
    async listContinuityRecords(type, options = {}) {
      const client = await http.client();
      return (await http.unwrap(
        await client.GET(collection(type), {
          params: { query: http.listQuery(options) },
        }),
      )) as { items: ContinuityRecordOf[typeof type][]; nextCursor?: string };
    },

    async getContinuityRecord(type, ref) {
      const client = await http.client();
      return (await http.unwrap(
        await client.GET(one(type), { params: { path: { id: ref } } }),
      )) as ContinuityRecordOf[typeof type];
    },

    async createContinuityRecord(type, body, options = {}) {
      const client = await http.client();
      return (await http.unwrap(
        await client.POST(collection(type), {
          params: { header: http.idempotencyHeader(options.idempotencyKey) },
          body: body as any,
        }),
      )) as ContinuityRecordOf[typeof type];
    },

    async updateContinuityRecord(type, ref, body) {
      const client = await http.client();
      return (await http.unwrap(
        await client.PATCH(one(type), {
          params: { path: { id: ref } },
          body: body as any,
        }),
      )) as ContinuityRecordOf[typeof type];
    },

    async transitionContinuityRecord(type, ref, body) {
      const client = await http.client();
      return (await http.unwrap(
        await client.POST(
          `${one(type)}/transitions` as '/risks/{id}/transitions',
          {
            params: { path: { id: ref } },
            body,
          },
        ),
      )) as ContinuityRecordOf[typeof type];
    },

    async getContinuityTimeline(
      type,
      ref,
      options = {},
    ): Promise<TimelinePage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET(`${one(type)}/timeline` as '/risks/{id}/timeline', {
          params: {
            path: { id: ref },
            query: { limit: options.limit, cursor: options.cursor },
          },
        }),
      );
    },

    async commentOnContinuityRecord(type, ref, body): Promise<TimelineEvent> {
      const client = await http.client();
      return http.unwrap(
        await client.POST(`${one(type)}/comments` as '/risks/{id}/comments', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },

    async updateContinuityPlanContent(ref, body) {
      const client = await http.client();
      return http.unwrap(
        await client.PUT('/continuity-plans/{id}/content', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },

    async tickContinuityPlanMeasure(ref, measureId, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/continuity-plans/{id}/measures/{measureId}', {
          params: { path: { id: ref, measureId } },
          body,
        }),
      );
    },

    async decideContinuityPlanApproval(ref, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/continuity-plans/{id}/approvals', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },

    async listContinuityPlanVersions(ref) {
      const client = await http.client();
      return (
        await http.unwrap(
          await client.GET('/continuity-plans/{id}/versions', {
            params: { path: { id: ref } },
          }),
        )
      ).items;
    },

    async getContinuityPlanVersion(ref, version) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/continuity-plans/{id}/versions/{n}', {
          params: { path: { id: ref, n: version } },
        }),
      );
    },

    async getContinuityPlanObjectives(ref) {
      const client = await http.client();
      return (
        await http.unwrap(
          await client.GET('/continuity-plans/{id}/objectives', {
            params: { path: { id: ref } },
          }),
        )
      ).items;
    },

    async getImpactAnalysisFacts(ref) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/business-impact-analyses/{id}/facts', {
          params: { path: { id: ref } },
        }),
      );
    },

    async getImpactAnalysisConsistency(ref) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/business-impact-analyses/{id}/consistency', {
          params: { path: { id: ref } },
        }),
      );
    },

    async decideImpactAnalysisApproval(ref, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/business-impact-analyses/{id}/approvals', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },

    async getRecoveryObjectives(entityRef) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/continuity/objectives', {
          params: { query: { entityRef } },
        }),
      );
    },

    async getContinuityCoverage() {
      const client = await http.client();
      return http.unwrap(await client.GET('/continuity/coverage', {}));
    },

    async getRiskRegister(scope) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/risks/register', {
          params: { query: { scope } },
        }),
      );
    },

    async listRiskReports() {
      const client = await http.client();
      return http.unwrap(await client.GET('/risks/reports', {}));
    },

    async createRiskReport(scope) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/risks/reports', { body: { scope } }),
      );
    },

    async getRiskReport(id) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/risks/reports/{id}', {
          params: { path: { id } },
        }),
      );
    },

    async tickExerciseStep(ref, stepId, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/exercises/{id}/steps/{stepId}', {
          params: { path: { id: ref, stepId } },
          body,
        }),
      );
    },

    async addExerciseFinding(ref, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/exercises/{id}/findings', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },

    async getIncidentContinuity(incidentRef) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents/{id}/continuity-plans', {
          params: { path: { id: incidentRef } },
        }),
      );
    },

    async invokeContinuityPlan(incidentRef, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/continuity-invocations', {
          params: { path: { id: incidentRef } },
          body,
        }),
      );
    },

    async tickContinuityStep(incidentRef, invocationId, stepId, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST(
          '/incidents/{id}/continuity-invocations/{invocationId}/steps/{stepId}',
          { params: { path: { id: incidentRef, invocationId, stepId } }, body },
        ),
      );
    },

    async recordContinuityRecovery(incidentRef, invocationId, body) {
      const client = await http.client();
      return http.unwrap(
        await client.POST(
          '/incidents/{id}/continuity-invocations/{invocationId}/recovery',
          { params: { path: { id: incidentRef, invocationId } }, body },
        ),
      );
    },

    async getContinuitySummary(entityRef) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/continuity/summary', {
          params: { query: { entityRef } },
        }),
      );
    },
  };
}
