// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import {
  continuityPaths,
  ContinuityRecordOf,
} from '@backstage-itsm/plugin-itsm-common';
import type { ContinuityApi } from './ContinuityApi';
import type { ItsmHttpClient } from './ItsmHttpClient';
import { recordCollectionRequests } from './recordCollectionRequests';

/**
 * The continuity requests of the {@link ContinuityApi} over HTTP. The four
 * types share the record routes, so one request serves each; the typed
 * client is given the risks' paths, whose shapes the others share.
 */
export function continuityRequests(http: ItsmHttpClient): ContinuityApi {
  const records = recordCollectionRequests(http, continuityPaths);
  return {
    listContinuityRecords: (type, options) =>
      records.list(type, options) as Promise<{
        items: ContinuityRecordOf[typeof type][];
        nextCursor?: string;
      }>,
    getContinuityRecord: (type, ref) =>
      records.get(type, ref) as Promise<ContinuityRecordOf[typeof type]>,
    createContinuityRecord: (type, body, options) =>
      records.create(type, body, options) as Promise<
        ContinuityRecordOf[typeof type]
      >,
    updateContinuityRecord: (type, ref, body) =>
      records.update(type, ref, body) as Promise<
        ContinuityRecordOf[typeof type]
      >,
    transitionContinuityRecord: (type, ref, body) =>
      records.transition(type, ref, body) as Promise<
        ContinuityRecordOf[typeof type]
      >,
    getContinuityTimeline: records.timeline,
    commentOnContinuityRecord: records.comment,

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
