// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import { ResponseError } from '@backstage/errors';
import {
  ApprovalDecisionRequest,
  CalendarFeed,
  Change,
  ChangeCalendar,
  ChangeForm,
  ChangePage,
  ChangeStepRequest,
  ChangeTransitionRequest,
  Correlation,
  CorrelationDecisionRequest,
  CreateChangeRequest,
  LinkKind,
  EscalationRequest,
  MajorIncidentRequest,
  PriorityDecisionRequest,
  PriorityRaiseRequest,
  ReviewRequest,
  BulkAssignRequest,
  BulkAssignResult,
  CreateIncidentRequest,
  Incident,
  IncidentPage,
  RecordCounts,
  TimelineEvent,
  TimelinePage,
  TransitionRequest,
  UpdateIncidentRequest,
} from '@backstage-itsm/plugin-itsm-common';
import {
  CommentRequest,
  CountIncidentsOptions,
  CreateIncidentOptions,
  GetIncidentTimelineOptions,
  IncidentStatisticsOptions,
  ItsmApi,
  ListChangesOptions,
  ListConfigurationItemsOptions,
  ListIncidentsOptions,
} from './ItsmApi';
import { ReleaseRequests } from './ReleaseRequests';

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
    unassigned: options.unassigned,
    supportTier: nonEmpty(options.supportTier),
    q: options.q?.trim() || undefined,
  };
}

/**
 * The {@link ItsmApi} over HTTP, using the typed client generated from the
 * backend's OpenAPI contract.
 *
 * @public
 */
export class ItsmClient extends ReleaseRequests implements ItsmApi {
  async listIncidents(
    options: ListIncidentsOptions = {},
  ): Promise<IncidentPage> {
    const client = await this.client();
    return this.unwrap(
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
  }

  async countIncidents(
    options: CountIncidentsOptions = {},
  ): Promise<RecordCounts> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/incidents/counts', {
        params: { query: queueQuery(options) },
      }),
    );
  }

  async getIncident(id: string): Promise<Incident> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/incidents/{id}', { params: { path: { id } } }),
    );
  }

  async createIncident(
    body: CreateIncidentRequest,
    options: CreateIncidentOptions = {},
  ): Promise<Incident> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents', {
        params: {
          header: this.idempotencyHeader(options.idempotencyKey),
        },
        body,
      }),
    );
  }

  async transitionIncident(
    id: string,
    body: TransitionRequest,
  ): Promise<Incident> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents/{id}/transitions', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async updateIncident(
    id: string,
    body: UpdateIncidentRequest,
  ): Promise<Incident> {
    const client = await this.client();
    return this.unwrap(
      await client.PATCH('/incidents/{id}', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async commentOnIncident(
    id: string,
    body: CommentRequest,
  ): Promise<TimelineEvent> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents/{id}/comments', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async escalateIncident(id: string, body: EscalationRequest) {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents/{id}/escalations', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async requestIncidentPriority(id: string, body: PriorityRaiseRequest) {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents/{id}/priority-requests', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async decideIncidentPriority(id: string, body: PriorityDecisionRequest) {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents/{id}/priority-requests/decision', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async declareMajorIncident(id: string, body: MajorIncidentRequest) {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents/{id}/major', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async reviewIncident(id: string, body: ReviewRequest) {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents/{id}/review', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async getIncidentStatistics(options: IncidentStatisticsOptions = {}) {
    const client = await this.client();
    return this.unwrap(
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
  }

  async analyzeImpact(options: {
    entityRefs: string[];
    depth?: number;
    direction?: 'downstream' | 'upstream';
  }) {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/impact', {
        params: {
          query: {
            entityRef: options.entityRefs,
            depth: options.depth,
            direction: options.direction,
          },
        },
      }),
    );
  }

  async listConfigurationItems(options: ListConfigurationItemsOptions) {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/cis', {
        params: {
          query: Object.fromEntries(
            Object.entries(options).filter(
              ([, v]) => v !== undefined && v !== '',
            ),
          ),
        },
      }),
    );
  }

  async getConfigurationReport(options: { staleDays?: number }) {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/cis/report', { params: { query: options } }),
    );
  }

  async listCiChanges(options: {
    entityRef?: string;
    unauthorized?: boolean;
    limit?: number;
    cursor?: string;
  }) {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/ci-changes', { params: { query: options } }),
    );
  }

  async listIncidentLinks(id: string) {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/incidents/{id}/links', { params: { path: { id } } }),
    );
  }

  async linkIncident(id: string, body: { target: string; kind: LinkKind }) {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/incidents/{id}/links', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async bulkAssignIncidents(
    body: BulkAssignRequest,
  ): Promise<BulkAssignResult> {
    const client = await this.client();
    return this.unwrap(await client.POST('/incidents/bulk-assign', { body }));
  }

  async getIncidentTimeline(
    id: string,
    options: GetIncidentTimelineOptions = {},
  ): Promise<TimelinePage> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/incidents/{id}/timeline', {
        params: {
          path: { id },
          query: { limit: options.limit, cursor: options.cursor },
        },
      }),
    );
  }

  async listChanges(options: ListChangesOptions = {}): Promise<ChangePage> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/changes', {
        params: {
          query: this.listQuery(options),
        },
      }),
    );
  }

  async getChange(id: string): Promise<Change> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/changes/{id}', { params: { path: { id } } }),
    );
  }

  async listChangeLinks(id: string) {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/changes/{id}/links', { params: { path: { id } } }),
    );
  }

  async createChange(
    body: CreateChangeRequest,
    options: { idempotencyKey?: string } = {},
  ): Promise<Change> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/changes', {
        params: {
          header: this.idempotencyHeader(options.idempotencyKey),
        },
        body,
      }),
    );
  }

  async transitionChange(
    id: string,
    body: ChangeTransitionRequest,
  ): Promise<Change> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/changes/{id}/transitions', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async getChangeIncidents(id: string): Promise<Correlation> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/changes/{id}/incidents', { params: { path: { id } } }),
    );
  }

  async getIncidentChanges(id: string): Promise<Correlation> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/incidents/{id}/changes', { params: { path: { id } } }),
    );
  }

  async decideChangeIncident(
    changeId: string,
    body: CorrelationDecisionRequest,
  ): Promise<Correlation> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/changes/{id}/incidents', {
        params: { path: { id: changeId } },
        body,
      }),
    );
  }

  async updateChangeStep(id: string, body: ChangeStepRequest): Promise<Change> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/changes/{id}/steps', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async decideChange(
    id: string,
    body: ApprovalDecisionRequest,
  ): Promise<Change> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/changes/{id}/approvals', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async commentOnChange(
    id: string,
    body: CommentRequest,
  ): Promise<TimelineEvent> {
    const client = await this.client();
    return this.unwrap(
      await client.POST('/changes/{id}/comments', {
        params: { path: { id } },
        body,
      }),
    );
  }

  async getChangeTimeline(
    id: string,
    options: GetIncidentTimelineOptions = {},
  ): Promise<TimelinePage> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/changes/{id}/timeline', {
        params: {
          path: { id },
          query: { limit: options.limit, cursor: options.cursor },
        },
      }),
    );
  }

  async getChangeForm(): Promise<ChangeForm> {
    const client = await this.client();
    return this.unwrap(await client.GET('/changes/form', {}));
  }

  async getChangeCalendar(options: {
    from: string;
    to: string;
    entityRef?: string;
  }): Promise<ChangeCalendar> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/calendar', { params: { query: options } }),
    );
  }

  async downloadChangeCalendar(options: { entityRef?: string }): Promise<Blob> {
    const query = options.entityRef
      ? `?${new URLSearchParams({ entityRef: options.entityRef })}`
      : '';
    const response = await this.fetchApi.fetch(
      `${await this.discoveryApi.getBaseUrl('itsm')}/calendar.ics${query}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.blob();
  }

  async listCalendarFeeds(): Promise<{ items: CalendarFeed[] }> {
    const client = await this.client();
    return this.unwrap(await client.GET('/calendar/feeds', {}));
  }

  async createCalendarFeed(options: {
    entityRef?: string;
  }): Promise<CalendarFeed & { url: string }> {
    const client = await this.client();
    return this.unwrap(await client.POST('/calendar/feeds', { body: options }));
  }

  async deleteCalendarFeed(id: string): Promise<void> {
    const client = await this.client();
    const { response } = await client.DELETE('/calendar/feeds/{id}', {
      params: { path: { id } },
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(
        this.unreadErrorResponse(response),
      );
    }
  }
}
