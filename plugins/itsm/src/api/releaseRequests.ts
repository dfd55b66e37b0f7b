// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import type {
  ApprovalDecisionRequest,
  CommentVisibility,
  CreateReleaseRequest,
  Incident,
  Release,
  ReleasePage,
  ReleaseTransitionRequest,
  ReleaseWindowProposal,
  TimelineEvent,
  TimelinePage,
  VerificationCheck,
  VerificationKind,
} from '@backstage-itsm/plugin-itsm-common';
import type { ListChangesOptions } from './RecordOptions';
import type { ReleaseApi } from './ReleaseApi';
import type { ItsmHttpClient } from './ItsmHttpClient';

/**
 * The release requests of the {@link ReleaseApi} over HTTP.
 */
export function releaseRequests(http: ItsmHttpClient): ReleaseApi {
  return {
    async listReleases(options: ListChangesOptions = {}): Promise<ReleasePage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/releases', {
          params: {
            query: http.listQuery(options),
          },
        }),
      );
    },

    async getRelease(id: string): Promise<Release> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/releases/{id}', { params: { path: { id } } }),
      );
    },

    async createRelease(
      body: CreateReleaseRequest,
      options: { idempotencyKey?: string } = {},
    ): Promise<Release> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/releases', {
          params: {
            header: http.idempotencyHeader(options.idempotencyKey),
          },
          body,
        }),
      );
    },

    async proposeReleaseWindow(options: {
      entityRef: string;
      durationMinutes?: number;
      after?: string;
    }): Promise<ReleaseWindowProposal> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/releases/free-window', {
          params: { query: options },
        }),
      );
    },

    async transitionRelease(
      id: string,
      body: ReleaseTransitionRequest,
    ): Promise<Release> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/releases/{id}/transitions', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async decideRelease(
      id: string,
      body: ApprovalDecisionRequest,
    ): Promise<Release> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/releases/{id}/approvals', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async addReleaseChangeRequest(
      id: string,
      body: { version: number; change?: string; changeType?: string },
    ): Promise<Release> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/releases/{id}/change-request', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async recordReleaseVerification(
      id: string,
      body: {
        version: number;
        kind: VerificationKind;
        item: string;
        result: VerificationCheck['result'];
        evidenceUrl?: string;
      },
    ): Promise<Release> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/releases/{id}/verifications', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async checkReleasePreRelease(
      id: string,
      body: { version: number; check: string; done?: boolean },
    ): Promise<Release> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/releases/{id}/pre-release', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async reportReleasePhase(
      id: string,
      body: { version?: number; phase: string; status: string; note?: string },
    ): Promise<Release> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/releases/{id}/phases', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async getReleaseIncidents(
      id: string,
    ): Promise<{ items: Incident[]; considerRollback: boolean }> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/releases/{id}/incidents', {
          params: { path: { id } },
        }),
      );
    },

    async commentOnRelease(
      id: string,
      body: { body: string; visibility?: CommentVisibility },
    ): Promise<TimelineEvent> {
      const client = await http.client();
      return http.unwrap(
        await client.POST('/releases/{id}/comments', {
          params: { path: { id } },
          body,
        }),
      );
    },

    async getReleaseTimeline(
      id: string,
      options: { limit?: number; cursor?: string } = {},
    ): Promise<TimelinePage> {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/releases/{id}/timeline', {
          params: {
            path: { id },
            query: { limit: options.limit, cursor: options.cursor },
          },
        }),
      );
    },
  };
}
