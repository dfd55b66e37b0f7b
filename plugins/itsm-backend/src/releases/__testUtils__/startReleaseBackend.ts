import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Server } from 'node:http';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

const entity = (
  kind: string,
  name: string,
  annotations?: Record<string, string>,
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name,
    namespace: 'default',
    ...(annotations ? { annotations } : {}),
  },
  spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
});

const entities = [
  entity('Component', 'checkout-service'),
  entity('Component', 'ledger-service'),
  entity('Component', 'billing-batch', { 'itsm/version-scheme': 'calver' }),
  entity('Component', 'odd-one', { 'itsm/version-scheme': 'roman' }),
  entity('System', 'payments'),
  entity('Resource', 'payments-db'),
  ...['payments-team', 'dba-team'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  })),
];

export const rita = mockCredentials.user.header('user:default/rita.release');
export const paula = mockCredentials.user.header('user:default/paula.lead');
/** Another release manager, who audits what Rita planned. */
export const ravi = mockCredentials.user.header('user:default/ravi.release');
export const wes = mockCredentials.user.header('user:default/wes.web');

/** Paula leads the payments team, which owns the released services. */
const userInfoFactory = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const userEntityRef = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef,
        ownershipEntityRefs:
          userEntityRef === 'user:default/paula.lead'
            ? [userEntityRef, 'group:default/payments-team']
            : [userEntityRef],
      };
    },
  }),
});

export const aRelease = {
  title: 'Checkout 2.4.1',
  description: 'Tariff rounding fix',
  entityRefs: ['component:default/checkout-service'],
  releaseVersion: '2.4.1',
  goals: ['fix'],
  window: { start: '2026-12-08T20:00:00Z', end: '2026-12-08T22:00:00Z' },
  risk: {
    answers: {
      customerFacing: 'yes',
      downtime: 'no',
      data: 'no',
      untested: 'no',
      noBackout: 'no',
      reach: 'none',
    },
  },
  contents: {
    artifacts: [
      {
        name: 'checkout-service image',
        url: 'https://registry.example.com/checkout-service:2.4.1',
        checksum: `sha256:${'ab'.repeat(32)}`,
      },
    ],
    fixes: ['inc-12'],
  },
};

/**
 * A backend with the ITSM plugin for the release route tests: a catalog
 * with the payments components (one on calendar versioning, one with a bad
 * scheme), Paula leading the team that owns them, Rita the release
 * manager, and a year-end freeze.
 */
export async function startReleaseBackend(
  /** More of `itsm`'s configuration (agreements, standard changes, ...). */
  itsmConfig: Record<string, unknown> = {},
): Promise<{
  server: Server;
  plan: (body: object, key?: string) => request.Test;
  list: (query?: string) => request.Test;
}> {
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
      userInfoFactory,
      mockServices.rootConfig.factory({
        data: {
          itsm: {
            releases: { managerGroup: 'group:default/release-managers' },
            changes: {
              freezes: [
                {
                  name: 'Year-end freeze',
                  start: '2026-12-20T00:00:00Z',
                  end: '2027-01-04T00:00:00Z',
                },
              ],
            },
            ...itsmConfig,
          },
        },
      }),
    ],
  });
  const plan = (body: object, key?: string) => {
    const post = request(server)
      .post('/api/itsm/releases')
      .set('Authorization', rita);
    return (key ? post.set('Idempotency-Key', key) : post).send(body);
  };
  const list = (query = '') =>
    request(server)
      .get(`/api/itsm/releases${query}`)
      .set('Authorization', rita);
  return { server, plan, list };
}
