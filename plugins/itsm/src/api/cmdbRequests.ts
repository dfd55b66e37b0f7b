// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import type { CmdbApi, ListConfigurationItemsOptions } from './CmdbApi';
import type { ItsmHttpClient } from './ItsmHttpClient';

/**
 * The configuration management requests of the {@link CmdbApi} over HTTP.
 */
export function cmdbRequests(http: ItsmHttpClient): CmdbApi {
  return {
    async analyzeImpact(options: {
      entityRefs: string[];
      depth?: number;
      direction?: 'downstream' | 'upstream';
    }) {
      const client = await http.client();
      return http.unwrap(
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
    },

    async listConfigurationItems(options: ListConfigurationItemsOptions) {
      const client = await http.client();
      return http.unwrap(
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
    },

    async getConfigurationReport(options: { staleDays?: number }) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/cis/report', { params: { query: options } }),
      );
    },

    async listCiChanges(options: {
      entityRef?: string;
      unauthorized?: boolean;
      limit?: number;
      cursor?: string;
    }) {
      const client = await http.client();
      return http.unwrap(
        await client.GET('/ci-changes', { params: { query: options } }),
      );
    },
  };
}
