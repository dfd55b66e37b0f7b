// openapi-fetch names its methods after the HTTP verbs (client.GET, ...).
/* eslint-disable new-cap */
import { KnownErrorList } from '@backstage-itsm/plugin-itsm-common';
import { ItsmHttpClient } from './ItsmHttpClient';

/**
 * The problem requests of the {@link ItsmApi} (chapter 4), over HTTP.
 *
 * @public
 */
export class ProblemRequests extends ItsmHttpClient {
  async listKnownErrors(entityRef: string): Promise<KnownErrorList> {
    const client = await this.client();
    return this.unwrap(
      await client.GET('/problems/known-errors', {
        params: { query: { entityRef } },
      }),
    );
  }
}
