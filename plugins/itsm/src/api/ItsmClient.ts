import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import type { ItsmApi } from './ItsmApi';
import { ItsmHttpClient } from './ItsmHttpClient';
import { changeRequests } from './changeRequests';
import { cmdbRequests } from './cmdbRequests';
import { continuityRequests } from './continuityRequests';
import { improvementRequests } from './improvementRequests';
import { incidentRequests } from './incidentRequests';
import { problemRequests } from './problemRequests';
import { releaseRequests } from './releaseRequests';
import { slaRequests } from './slaRequests';
import { surveyRequests } from './surveyRequests';

// The class and the interface share the name so that an `ItsmClient` has
// every method of the `ItsmApi`: the constructor assigns them from the
// requests of each process, and `api` below makes the compiler check that
// none is missing.
export interface ItsmClient extends ItsmApi {}

/**
 * The {@link ItsmApi} over HTTP, using the typed client generated from the
 * backend's OpenAPI contract: the requests of each process (incidents,
 * changes, problems, releases, service levels, configuration items,
 * continuity, improvement), sharing
 * one {@link ItsmHttpClient}.
 *
 * @public
 */
export class ItsmClient {
  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    const http = new ItsmHttpClient(options);
    const api: ItsmApi = {
      ...incidentRequests(http),
      ...changeRequests(http),
      ...problemRequests(http),
      ...releaseRequests(http),
      ...slaRequests(http),
      ...cmdbRequests(http),
      ...continuityRequests(http),
      ...improvementRequests(http),
      ...surveyRequests(http),
    };
    Object.assign(this, api);
  }
}
