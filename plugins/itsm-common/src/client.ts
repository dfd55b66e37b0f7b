import createClient, { Client } from 'openapi-fetch';
import type { paths } from './generated/openapi';

/**
 * The typed client of the ITSM API, generated from its OpenAPI contract.
 *
 * @public
 */
export type ItsmApiClient = Client<paths>;

/**
 * Makes a typed client for the ITSM API.
 *
 * @param options - `baseUrl` is where the plugin is mounted (what Backstage's
 *   discovery API answers for `itsm`); `fetch` is the fetch to use (Backstage's
 *   `fetchApi.fetch` in the browser, which adds the user's token).
 * @public
 */
export function createItsmApiClient(options: {
  baseUrl: string;
  fetch?: typeof fetch;
}): ItsmApiClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
  });
}

export type { paths as ItsmApiPaths } from './generated/openapi';
