// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import { ResponseError } from '@backstage/errors';
import type {
  ApprovalDecisionRequest,
  CommentVisibility,
  CreateProblemRequest,
  KnownErrorList,
  Problem,
  ProblemAnalysisRequest,
  ProblemPage,
  ProblemTransitionRequest,
  RecordLink,
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import type {
  ListProblemsOptions,
  ProblemApi,
  ProblemChangeRequestBody,
} from './ProblemApi';
import type { ItsmHttpClient } from './ItsmHttpClient';

/**
 * The problem requests of the {@link ProblemApi} over HTTP.
 */
export function problemRequests(http: ItsmHttpClient): ProblemApi {
  return {
    async listKnownErrors(
      entityRefOrOptions:
        | string
        | { entityRef?: string; q?: string; limit?: number },
    ): Promise<KnownErrorList> {
      const query =
        typeof entityRefOrOptions === 'string'
          ? { entityRef: entityRefOrOptions }
          : entityRefOrOptions;
      const client = await http.client();
      return http.unwrap(
        await client.GET('/problems/known-errors', { params: { query } }),
      );
    },

    async listProblems(
      options: ListProblemsOptions = {},
    ): Promise<ProblemPage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/problems', {
          params: {
            query: {
              ...http.listQuery(options),
              priority: options.priority,
              category: options.category,
              assignmentGroup: options.assignmentGroup,
            },
          },
        }),
      );
    },

    async getProblem(id: string): Promise<Problem> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/problems/{id}', { params: { path: { id } } }),
      );
    },

    async createProblem(
      body: CreateProblemRequest,
      options: { idempotencyKey?: string } = {},
    ): Promise<Problem> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/problems', {
          params: { header: http.idempotencyHeader(options.idempotencyKey) },
          body,
        }),
      );
    },

    async transitionProblem(
      id: string,
      body: ProblemTransitionRequest,
    ): Promise<Problem> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/problems/{id}/transitions', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async recordProblemAnalysis(
      id: string,
      body: ProblemAnalysisRequest,
    ): Promise<Problem> {
      const client = await http.client();
      return http.unwrap(
        await client.PUT('/problems/{id}/analysis', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async decideProblem(
      id: string,
      body: ApprovalDecisionRequest,
    ): Promise<Problem> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/problems/{id}/approvals', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async addProblemChangeRequest(
      id: string,
      body: ProblemChangeRequestBody,
    ): Promise<Problem> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/problems/{id}/change-request', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async listProblemLinks(id: string): Promise<{ items: RecordLink[] }> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/problems/{id}/links', { params: { path: { id } } }),
      );
    },

    async commentOnProblem(
      id: string,
      body: { body: string; visibility?: CommentVisibility },
    ): Promise<TimelineEvent> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/problems/{id}/comments', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async getProblemTimeline(
      id: string,
      options: { limit?: number; cursor?: string } = {},
    ): Promise<TimelinePage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/problems/{id}/timeline', {
          params: {
            path: { id },
            query: { limit: options.limit, cursor: options.cursor },
          },
        }),
      );
    },

    async downloadProblemReport(id: string): Promise<Blob> {
      const response = await http.fetchApi.fetch(
        `${await http.discoveryApi.getBaseUrl(
          'itsm',
        )}/problems/${encodeURIComponent(id)}/report`,
      );
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      return response.blob();
    },
  };
}
