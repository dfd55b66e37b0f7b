// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  createItsmApiClient,
  ItsmApiClient,
} from '@backstage-itsm/plugin-itsm-common';
import type { ListChangesOptions } from './RecordOptions';

/**
 * What every part of the ITSM client shares: the typed HTTP client of the
 * backend's OpenAPI contract, with Backstage's fetch (the user's token),
 * and turning error answers into `ResponseError`s. The request modules of
 * each process (incidentRequests, problemRequests, ...) call it; it knows
 * none of them, so the client has no import cycle.
 */
export class ItsmHttpClient {
  readonly discoveryApi: DiscoveryApi;
  readonly fetchApi: FetchApi;
  /**
   * openapi-fetch reads the body of an error response before handing it
   * back; a copy of each one is kept here, unread, so that `ResponseError`
   * can parse the server's error (its message, its status) from it.
   */
  private readonly unreadErrorResponses = new WeakMap<Response, Response>();

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  /** A record list's options (changes, releases) as query parameters. */
  listQuery(options: ListChangesOptions) {
    return {
      entityRef: options.entityRef,
      state: options.state,
      q: options.q,
      sort: options.sort,
      limit: options.limit,
      cursor: options.cursor,
    };
  }

  /** The `Idempotency-Key` header of a create, when the caller has a key. */
  idempotencyHeader(key: string | undefined) {
    return key ? { 'Idempotency-Key': key } : undefined;
  }

  /** The error response as the server sent it, unread. */
  unreadErrorResponse(response: Response): Response {
    return this.unreadErrorResponses.get(response) ?? response;
  }

  async client(): Promise<ItsmApiClient> {
    return createItsmApiClient({
      baseUrl: await this.discoveryApi.getBaseUrl('itsm'),
      fetch: this.fetch,
    });
  }

  /**
   * openapi-fetch hands over a `Request`; Backstage's fetch middleware (which
   * adds the user's token) builds a new Request from it, which fails for a
   * Request whose body was already read. So pass it on as URL and init.
   */
  private readonly fetch: typeof fetch = async (input, init) => {
    const response =
      input instanceof Request
        ? await this.fetchApi.fetch(input.url, {
            method: input.method,
            headers: input.headers,
            body: ['GET', 'HEAD'].includes(input.method)
              ? undefined
              : await input.text(),
            signal: input.signal,
            ...init,
          })
        : await this.fetchApi.fetch(input, init);
    if (!response.ok) {
      this.unreadErrorResponses.set(response, response.clone());
    }
    return response;
  };

  async unwrap<T>(result: { data?: T; response: Response }): Promise<T> {
    const { data, response } = result;
    if (!response.ok) {
      throw await ResponseError.fromResponse(
        this.unreadErrorResponse(response),
      );
    }
    if (data === undefined) {
      throw new Error(
        `The ITSM API answered ${response.status} without a body to ${response.url}`,
      );
    }
    return data;
  }
}
