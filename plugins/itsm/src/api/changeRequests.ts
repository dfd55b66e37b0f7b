// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import { ResponseError } from '@backstage/errors';
import type {
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
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import type { ChangeApi } from './ChangeApi';
import type {
  CommentRequest,
  GetIncidentTimelineOptions,
  ListChangesOptions,
} from './RecordOptions';
import type { ItsmHttpClient } from './ItsmHttpClient';

/**
 * The change and change calendar requests of the {@link ChangeApi} over HTTP.
 */
export function changeRequests(http: ItsmHttpClient): ChangeApi {
  return {
    async listChanges(options: ListChangesOptions = {}): Promise<ChangePage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/changes', {
          params: {
            query: http.listQuery(options),
          },
        }),
      );
    },

    async getChange(id: string): Promise<Change> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/changes/{id}', { params: { path: { id } } }),
      );
    },

    async listChangeLinks(id: string) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/changes/{id}/links', { params: { path: { id } } }),
      );
    },

    async createChange(
      body: CreateChangeRequest,
      options: { idempotencyKey?: string } = {},
    ): Promise<Change> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/changes', {
          params: {
            header: http.idempotencyHeader(options.idempotencyKey),
          },
          body,
        }),
      );
    },

    async transitionChange(
      id: string,
      body: ChangeTransitionRequest,
    ): Promise<Change> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/changes/{id}/transitions', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async getChangeIncidents(id: string): Promise<Correlation> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/changes/{id}/incidents', {
          params: { path: { id } },
        }),
      );
    },

    async getIncidentChanges(id: string): Promise<Correlation> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/incidents/{id}/changes', {
          params: { path: { id } },
        }),
      );
    },

    async decideChangeIncident(
      changeId: string,
      body: CorrelationDecisionRequest,
    ): Promise<Correlation> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/changes/{id}/incidents', {
          params: { path: { id: changeId } },
          body,
        }),
      );
    },

    async updateChangeStep(
      id: string,
      body: ChangeStepRequest,
    ): Promise<Change> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/changes/{id}/steps', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async decideChange(
      id: string,
      body: ApprovalDecisionRequest,
    ): Promise<Change> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/changes/{id}/approvals', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async commentOnChange(
      id: string,
      body: CommentRequest,
    ): Promise<TimelineEvent> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/changes/{id}/comments', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async getChangeTimeline(
      id: string,
      options: GetIncidentTimelineOptions = {},
    ): Promise<TimelinePage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/changes/{id}/timeline', {
          params: {
            path: { id },
            query: { limit: options.limit, cursor: options.cursor },
          },
        }),
      );
    },

    async getChangeForm(): Promise<ChangeForm> {
      const client = await http.client();
      return http.unwrap(await client.GET('/changes/form', {}));
    },

    async getChangeCalendar(options: {
      from: string;
      to: string;
      entityRef?: string;
    }): Promise<ChangeCalendar> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/calendar', { params: { query: options } }),
      );
    },

    async downloadChangeCalendar(options: {
      entityRef?: string;
    }): Promise<Blob> {
      const query = options.entityRef
        ? `?${new URLSearchParams({ entityRef: options.entityRef })}`
        : '';
      const response = await http.fetchApi.fetch(
        `${await http.discoveryApi.getBaseUrl('itsm')}/calendar.ics${query}`,
      );
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      return response.blob();
    },

    async listCalendarFeeds(): Promise<{ items: CalendarFeed[] }> {
      const client = await http.client();
      return http.unwrap(await client.GET('/calendar/feeds', {}));
    },

    async createCalendarFeed(options: {
      entityRef?: string;
    }): Promise<CalendarFeed & { url: string }> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/calendar/feeds', { body: options }),
      );
    },

    async deleteCalendarFeed(id: string): Promise<void> {
      const client = await http.client();
      const { response } = await client.DELETE('/calendar/feeds/{id}', {
        params: { path: { id } },
      });
      if (!response.ok) {
        throw await ResponseError.fromResponse(
          http.unreadErrorResponse(response),
        );
      }
    },
  };
}
