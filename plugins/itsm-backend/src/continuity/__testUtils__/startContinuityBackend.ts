import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Server } from 'node:http';
import { Knex } from 'knex';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

/** Carla manages continuity (`itsm.continuity.manage`). */
export const carla = 'user:default/carla.continuity';
/** Paula leads the payments team, which owns the payments services. */
export const paula = 'user:default/paula.lead';
/** Wes is an engineer of another team. */
export const wes = 'user:default/wes.web';
/** Mia is a continuity manager too, so Carla's work has a second pair of eyes. */
export const mia = 'user:default/mia.manager';

/** The groups each user is a member of. */
const memberships: Record<string, string[]> = {
  [carla]: ['group:default/continuity-managers'],
  [mia]: ['group:default/continuity-managers'],
  [paula]: ['group:default/payments-team'],
  [wes]: [],
};

const entity = (
  kind: string,
  name: string,
  spec: Record<string, unknown> = {},
  relations: { type: string; targetRef: string }[] = [],
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec: { owner: 'group:default/payments-team', ...spec },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/payments-team' },
    ...relations,
  ],
});

/** The relations the catalog would compute from the specs below. */
const rel = (type: string, targetRef: string) => ({ type, targetRef });

/**
 * The payments platform: the payments system, checkout-service in it,
 * which depends on ledger-service and payments-db.
 */
export const continuityEntities = [
  entity('System', 'payments', {}, [
    rel('hasPart', 'component:default/checkout-service'),
    rel('hasPart', 'component:default/ledger-service'),
  ]),
  entity(
    'Component',
    'checkout-service',
    {
      type: 'service',
      lifecycle: 'production',
      system: 'payments',
      dependsOn: [
        'component:default/ledger-service',
        'resource:default/payments-db',
      ],
    },
    [
      rel('dependsOn', 'component:default/ledger-service'),
      rel('dependsOn', 'resource:default/payments-db'),
      rel('partOf', 'system:default/payments'),
    ],
  ),
  entity(
    'Component',
    'ledger-service',
    {
      type: 'service',
      lifecycle: 'production',
      system: 'payments',
    },
    [
      rel('partOf', 'system:default/payments'),
      rel('dependencyOf', 'component:default/checkout-service'),
    ],
  ),
  entity('Resource', 'payments-db', { type: 'database' }, [
    rel('dependencyOf', 'component:default/checkout-service'),
  ]),
  ...[carla, paula, wes, mia].map(ref => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1], namespace: 'default' },
    spec: {},
    relations: memberships[ref].map(group => ({
      type: 'memberOf',
      targetRef: group,
    })),
  })),
  ...['payments-team', 'continuity-managers'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  })),
];

/** A policy like the demo's: only Carla manages continuity. */
const permissions = mockServices.permissions.mock({
  authorize: async (requests, options) => {
    const user = (options.credentials.principal as any).userEntityRef;
    return requests.map(r => ({
      result:
        r.permission.name !== 'itsm.continuity.manage' || user === carla
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    }));
  },
  authorizeConditional: async requests =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })) as any,
});

/** Users own themselves and the groups they are members of. */
const userInfo = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const userEntityRef = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef,
        ownershipEntityRefs: [
          userEntityRef,
          ...(memberships[userEntityRef] ?? []),
        ],
      };
    },
  }),
});

/**
 * The whole plugin on a test database (SQLite or PostgreSQL) for the
 * continuity route tests, with the payments platform in the catalog;
 * `as(user)` is a request's Authorization header.
 */
export async function startContinuityBackend(
  databases: TestDatabases,
  id: TestDatabaseId,
  itsmConfig: JsonObject = {},
): Promise<{
  server: Server;
  call: ReturnType<typeof caller>;
  knex: Knex;
}> {
  const knex = await databases.init(id);
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities: continuityEntities }),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({ data: { itsm: itsmConfig } }),
      permissions.factory,
      userInfo,
    ],
  });
  return { server, call: caller(server), knex };
}

/** Requests to `/api/itsm` as one user. */
function caller(server: Server) {
  return (user: string) => {
    const auth = mockCredentials.user.header(user);
    return {
      get: (path: string) =>
        request(server).get(`/api/itsm${path}`).set('Authorization', auth),
      post: (path: string, body: object) =>
        request(server)
          .post(`/api/itsm${path}`)
          .set('Authorization', auth)
          .send(body),
      patch: (path: string, body: object) =>
        request(server)
          .patch(`/api/itsm${path}`)
          .set('Authorization', auth)
          .send(body),
      put: (path: string, body: object) =>
        request(server)
          .put(`/api/itsm${path}`)
          .set('Authorization', auth)
          .send(body),
    };
  };
}
