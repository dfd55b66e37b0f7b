import {
  BackendFeature,
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
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import type { Server } from 'node:http';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

/** Iris manages continual improvement (`itsm.improvement.manage`). */
export const iris = 'user:default/iris.improvement';
/** Milo manages continual improvement too: a second pair of eyes for Iris. */
export const milo = 'user:default/milo.manager';
/** Paula leads the payments team, which owns the payments services. */
export const paula = 'user:default/paula.lead';
/** Wes is an engineer of another team. */
export const wes = 'user:default/wes.web';
/** Rita reads records but works none (itsm.record.update denied). */
export const rita = 'user:default/rita.reader';

/** The groups each user is a member of. */
const memberships: Record<string, string[]> = {
  [iris]: ['group:default/service-managers'],
  [milo]: ['group:default/service-managers'],
  [paula]: ['group:default/payments-team'],
  [wes]: ['group:default/web-team'],
  [rita]: [],
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
 * The payments platform: the commerce domain, the payments system in it,
 * checkout-service in that, which depends on ledger-service and
 * payments-db; and the web system with its storefront, outside payments.
 */
export const improvementEntities = [
  entity('Domain', 'commerce', {}, [rel('hasPart', 'system:default/payments')]),
  entity('System', 'payments', { domain: 'commerce' }, [
    rel('partOf', 'domain:default/commerce'),
    rel('hasPart', 'component:default/checkout-service'),
    rel('hasPart', 'component:default/ledger-service'),
    rel('hasPart', 'resource:default/payments-db'),
  ]),
  entity('System', 'web', {}, [rel('hasPart', 'component:default/storefront')]),
  entity(
    'Component',
    'storefront',
    { type: 'website', lifecycle: 'production', system: 'web' },
    [rel('partOf', 'system:default/web')],
  ),
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
  entity('Resource', 'payments-db', { type: 'database', system: 'payments' }, [
    rel('dependencyOf', 'component:default/checkout-service'),
    rel('partOf', 'system:default/payments'),
  ]),
  ...[iris, milo, paula, wes, rita].map(ref => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1], namespace: 'default' },
    spec: {},
    relations: memberships[ref].map(group => ({
      type: 'memberOf',
      targetRef: group,
    })),
  })),
  ...['payments-team', 'web-team', 'service-managers'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace: 'default',
      // Paula leads the payments team (§3.3.2's lead, itsm/lead).
      ...(name === 'payments-team'
        ? { annotations: { 'itsm/lead': paula } }
        : {}),
    },
    spec: { type: 'team', children: [] },
  })),
];

/** A policy like the demo's: Iris and Milo manage improvement. */
const permissions = mockServices.permissions.mock({
  authorize: async (requests, options) => {
    const user = (options.credentials.principal as any).userEntityRef;
    return requests.map(r => ({
      result:
        r.permission.name !== 'itsm.improvement.manage' ||
        user === iris ||
        user === milo
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    }));
  },
  authorizeConditional: async (requests, options) => {
    const user = (options.credentials.principal as any).userEntityRef;
    return requests.map(r => {
      if (user === rita && r.permission.name === 'itsm.record.update') {
        return { result: AuthorizeResult.DENY };
      }
      // Rita reads catalog entities under a condition (the catalog filters
      // them), so what she reads comes from the catalog, never the CMDB index.
      if (user === rita && r.permission.name === 'catalog.entity.read') {
        return {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions: {
            rule: 'IS_ENTITY_KIND',
            resourceType: 'catalog-entity',
            params: { kinds: ['component', 'system', 'resource'] },
          },
        };
      }
      return { result: AuthorizeResult.ALLOW };
    }) as any;
  },
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
 * continual improvement route tests, with the payments platform in the catalog;
 * `call(user)` sends requests as that user, `sent` holds the notifications
 * sent, and `knex` is the database.
 */
export async function startImprovementBackend(
  databases: TestDatabases,
  id: TestDatabaseId,
  itsmConfig: JsonObject = {},
  /** The plugin to start; the whole ITSM plugin unless given. */
  plugin: BackendFeature = itsmPlugin,
): Promise<{
  server: Server;
  call: ReturnType<typeof caller>;
  sent: NotificationSendOptions[];
  knex: Knex;
}> {
  const knex = await databases.init(id);
  const sent: NotificationSendOptions[] = [];
  const { server } = await startTestBackend({
    features: [
      plugin,
      catalogServiceMock.factory({ entities: improvementEntities }),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({ data: { itsm: itsmConfig } }),
      permissions.factory,
      userInfo,
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (options: NotificationSendOptions) => {
            sent.push(options);
          },
        }),
      }),
    ],
  });
  return { server, call: caller(server), sent, knex };
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
