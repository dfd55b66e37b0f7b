// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import type {
  LinkKind,
  RecordLink,
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import type { ItsmHttpClient } from './ItsmHttpClient';
import type {
  CommentRequest,
  GetIncidentTimelineOptions,
  ListChangesOptions,
} from './RecordOptions';

/**
 * The requests of the shared record routes (list, get, create, edit,
 * move, timeline, comment, links) for the record types of one process,
 * each at its collection (`risks`, `improvements`, ...). The contract
 * writes every collection's operations from one template, so their
 * shapes are one: the typed client is given the risks' paths, and each
 * process's requests say which record a type answers.
 */
export function recordCollectionRequests<Type extends string>(
  http: ItsmHttpClient,
  paths: Record<Type, string>,
) {
  const collection = (type: Type) => `/${paths[type]}` as '/risks';
  const one = (type: Type) => `/${paths[type]}/{id}` as '/risks/{id}';
  return {
    async list(
      type: Type,
      options: ListChangesOptions = {},
    ): Promise<{ items: unknown[]; nextCursor?: string }> {
      const client = await http.client();
      return http.unwrap(
        await client.GET(collection(type), {
          params: { query: http.listQuery(options) },
        }),
      );
    },

    async get(type: Type, ref: string): Promise<unknown> {
      const client = await http.client();
      return http.unwrap(
        await client.GET(one(type), { params: { path: { id: ref } } }),
      );
    },

    async create(
      type: Type,
      body: object,
      options: { idempotencyKey?: string } = {},
    ): Promise<unknown> {
      const client = await http.client();
      return http.unwrap(
        await client.POST(collection(type), {
          params: { header: http.idempotencyHeader(options.idempotencyKey) },
          body: body as any,
        }),
      );
    },

    async update(type: Type, ref: string, body: object): Promise<unknown> {
      const client = await http.client();
      return http.unwrap(
        await client.PATCH(one(type), {
          params: { path: { id: ref } },
          body: body as any,
        }),
      );
    },

    async transition(
      type: Type,
      ref: string,
      body: { action: string; version: number },
    ): Promise<unknown> {
      const client = await http.client();
      return http.unwrap(
        await client.POST(
          `${one(type)}/transitions` as '/risks/{id}/transitions',
          { params: { path: { id: ref } }, body },
        ),
      );
    },

    async timeline(
      type: Type,
      ref: string,
      options: GetIncidentTimelineOptions = {},
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

    async comment(
      type: Type,
      ref: string,
      body: CommentRequest,
    ): Promise<TimelineEvent> {
      const client = await http.client();
      return http.unwrap(
        await client.POST(`${one(type)}/comments` as '/risks/{id}/comments', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },

    async links(type: Type, ref: string): Promise<{ items: RecordLink[] }> {
      const client = await http.client();
      return http.unwrap(
        await client.GET(`${one(type)}/links` as '/risks/{id}/links', {
          params: { path: { id: ref } },
        }),
      );
    },

    async link(
      type: Type,
      ref: string,
      body: { target: string; kind: LinkKind },
    ): Promise<RecordLink> {
      const client = await http.client();
      return http.unwrap(
        await client.POST(`${one(type)}/links` as '/risks/{id}/links', {
          params: { path: { id: ref } },
          body,
        }),
      );
    },
  };
}
