import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default' },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'payments-team',
      namespace: 'default',
      annotations: { 'itsm/lead': 'user:default/paula.lead' },
    },
    spec: { type: 'team', children: [] },
  },
];

const samHeader = mockCredentials.user.header('user:default/sam.agent');
const paulaHeader = mockCredentials.user.header('user:default/paula.lead');

/** A problem of checkout-service: software, high impact, medium urgency. */
export const aProblem = {
  title: 'Checkout times out under load',
  description: 'Three incidents this week',
  entityRefs: ['component:default/checkout-service'],
  category: 'software',
  impact: 'high',
  urgency: 'medium',
};

/** One caller of the plugin's API; paths are relative to /api/itsm. */
export type ProblemRoutesCaller = {
  get: (path: string) => request.Test;
  post: (path: string, body: object) => request.Test;
  put: (path: string, body: object) => request.Test;
};

/**
 * A backend with the ITSM plugin for the problem route tests: a catalog
 * with checkout-service, owned by the payments team that Paula leads, and
 * two callers, Sam (an agent) and Paula.
 */
export async function startProblemBackend(): Promise<{
  sam: ProblemRoutesCaller;
  paula: ProblemRoutesCaller;
}> {
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
    ],
  });
  const as = (auth: string): ProblemRoutesCaller => ({
    get: (path: string) =>
      request(server).get(`/api/itsm${path}`).set('Authorization', auth),
    post: (path: string, body: object) =>
      request(server)
        .post(`/api/itsm${path}`)
        .set('Authorization', auth)
        .send(body),
    put: (path: string, body: object) =>
      request(server)
        .put(`/api/itsm${path}`)
        .set('Authorization', auth)
        .send(body),
  });
  return { sam: as(samHeader), paula: as(paulaHeader) };
}
