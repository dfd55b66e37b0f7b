// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import type {
  BulkAssignRequest,
  BulkAssignResult,
  CreateIncidentRequest,
  EscalationRequest,
  Incident,
  IncidentPage,
  LinkKind,
  MajorIncidentRequest,
  PriorityDecisionRequest,
  PriorityRaiseRequest,
  RecordCounts,
  ReviewRequest,
  TimelineEvent,
  TimelinePage,
  TransitionRequest,
  UpdateIncidentRequest,
} from '@backstage-itsm/plugin-itsm-common';
import type {
  CountIncidentsOptions,
  CreateIncidentOptions,
  IncidentApi,
  IncidentStatisticsOptions,
  ListIncidentsOptions,
} from './IncidentApi';
import type {
  CommentRequest,
  GetIncidentTimelineOptions,
} from './RecordOptions';
import type { ItsmHttpClient } from './ItsmHttpClient';

/** An empty list means "no filter", as an absent one does. */
function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list?.length ? list : undefined;
}

/** The filters of a list or count, as query parameters. */
function queueQuery(options: CountIncidentsOptions) {
  return {
    entityRef: options.entityRef,
    state: nonEmpty(options.state),
    priority: nonEmpty(options.priority),
    category: nonEmpty(options.category),
    assignee: nonEmpty(options.assignee),
    assignmentGroup: nonEmpty(options.assignmentGroup),
    reportedBy: nonEmpty(options.reportedBy),
    unassigned: options.unassigned,
    supportTier: nonEmpty(options.supportTier),
    q: options.q?.trim() || undefined,
  };
}

/**
 * The incident requests of the {@link IncidentApi} over HTTP.
 */
export function incidentRequests(http: ItsmHttpClient): IncidentApi {
  return {
    async listIncidents(
      options: ListIncidentsOptions = {},
    ): Promise<IncidentPage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents', {
          params: {
            query: {
              ...queueQuery(options),
              sort: options.sort,
              limit: options.limit,
              cursor: options.cursor,
            },
          },
        }),
      );
    },

    async countIncidents(
      options: CountIncidentsOptions = {},
    ): Promise<RecordCounts> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents/counts', {
          params: { query: queueQuery(options) },
        }),
      );
    },

    async getIncident(id: string): Promise<Incident> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents/{id}', { params: { path: { id } } }),
      );
    },

    async createIncident(
      body: CreateIncidentRequest,
      options: CreateIncidentOptions = {},
    ): Promise<Incident> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents', {
          params: {
            header: http.idempotencyHeader(options.idempotencyKey),
          },
          body,
        }),
      );
    },

    async transitionIncident(
      id: string,
      body: TransitionRequest,
    ): Promise<Incident> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/transitions', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async updateIncident(
      id: string,
      body: UpdateIncidentRequest,
    ): Promise<Incident> {
      const client = await http.client();
      return http.unwrap(
        await client.PATCH('/incidents/{id}', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async commentOnIncident(
      id: string,
      body: CommentRequest,
    ): Promise<TimelineEvent> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/comments', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async escalateIncident(id: string, body: EscalationRequest) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/escalations', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async requestIncidentPriority(id: string, body: PriorityRaiseRequest) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/priority-requests', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async decideIncidentPriority(id: string, body: PriorityDecisionRequest) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/priority-requests/decision', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async declareMajorIncident(id: string, body: MajorIncidentRequest) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/major', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async reviewIncident(id: string, body: ReviewRequest) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/review', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async getIncidentStatistics(options: IncidentStatisticsOptions = {}) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents/statistics', {
          params: {
            query: {
              from: options.from,
              to: options.to,
              period: options.period,
              entityRef: options.entityRef,
              assignmentGroup: nonEmpty(options.assignmentGroup),
            },
          },
        }),
      );
    },

    async listIncidentLinks(id: string) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents/{id}/links', { params: { path: { id } } }),
      );
    },

    async linkIncident(id: string, body: { target: string; kind: LinkKind }) {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/incidents/{id}/links', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async bulkAssignIncidents(
      body: BulkAssignRequest,
    ): Promise<BulkAssignResult> {
      const client = await http.client();
      return http.unwrap(await client.POST('/incidents/bulk-assign', { body }));
    },

    async getIncidentTimeline(
      id: string,
      options: GetIncidentTimelineOptions = {},
    ): Promise<TimelinePage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents/{id}/timeline', {
          params: {
            path: { id },
            query: { limit: options.limit, cursor: options.cursor },
          },
        }),
      );
    },
  };
}
