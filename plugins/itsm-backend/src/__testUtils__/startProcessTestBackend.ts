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
import { Entity } from '@backstage/catalog-model';
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
import { itsmPlugin } from '../plugin';

/**
 * Who a process's route tests run as: the users with the groups they are
 * members of, who of them holds the process's manage permission, and a
 * reader who works nothing and reads the catalog under a condition.
 */
export type ProcessTestPeople = {
  memberships: Record<string, string[]>;
  /** The process's manage permission (`itsm.continuity.manage`, ...). */
  managePermission: string;
  managers: readonly string[];
  /** Reads records but works none; reads catalog entities under a condition. */
  reader: string;
};

/** A policy like the demo's, for the people given. */
function policyOf(people: ProcessTestPeople) {
  return mockServices.permissions.mock({
    authorize: async (requests, options) => {
      const user = (options.credentials.principal as any).userEntityRef;
      return requests.map(r => ({
        result:
          r.permission.name !== people.managePermission ||
          people.managers.includes(user)
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
      }));
    },
    authorizeConditional: async (requests, options) => {
      const user = (options.credentials.principal as any).userEntityRef;
      return requests.map(r => {
        if (
          user === people.reader &&
          r.permission.name === 'itsm.record.update'
        ) {
          return { result: AuthorizeResult.DENY };
        }
        // The reader reads catalog entities under a condition (the catalog
        // filters them), so what they read comes from the catalog, never
        // the CMDB index.
        if (
          user === people.reader &&
          r.permission.name === 'catalog.entity.read'
        ) {
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
}

/** Users own themselves and the groups they are members of. */
function userInfoOf(memberships: Record<string, string[]>) {
  return createServiceFactory({
    service: coreServices.userInfo,
    deps: {},
    factory: () => ({
      async getUserInfo(credentials) {
        const userEntityRef = (
          credentials.principal as { userEntityRef: string }
        ).userEntityRef;
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
}

/** Requests to `/api/itsm` as one user. */
function caller(server: Server) {
  return (user: string) => {
    const auth = mockCredentials.user.header(user);
    const send =
      (method: 'post' | 'patch' | 'put') => (path: string, body: object) =>
        request(server)
          [method](`/api/itsm${path}`)
          .set('Authorization', auth)
          .send(body);
    return {
      get: (path: string) =>
        request(server).get(`/api/itsm${path}`).set('Authorization', auth),
      post: send('post'),
      patch: send('patch'),
      put: send('put'),
    };
  };
}

/** A process's test backend: requests as a user, notifications, the database. */
export type ProcessTestBackend = {
  server: Server;
  call: ReturnType<typeof caller>;
  sent: NotificationSendOptions[];
  knex: Knex;
};

/**
 * The plugin (the whole ITSM plugin unless another is given) on a test
 * database (SQLite or PostgreSQL) with the catalog given, for a process's
 * route tests: `call(user)` sends requests as that user, `sent` holds the
 * notifications sent, and `knex` is the database.
 */
export async function startProcessTestBackend(
  databases: TestDatabases,
  id: TestDatabaseId,
  options: {
    entities: Entity[];
    people: ProcessTestPeople;
    itsmConfig?: JsonObject;
    plugin?: BackendFeature;
  },
): Promise<ProcessTestBackend> {
  const knex = await databases.init(id);
  const sent: NotificationSendOptions[] = [];
  const { server } = await startTestBackend({
    features: [
      options.plugin ?? itsmPlugin,
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: { itsm: options.itsmConfig ?? {} },
      }),
      policyOf(options.people).factory,
      userInfoOf(options.people.memberships),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (notification: NotificationSendOptions) => {
            sent.push(notification);
          },
        }),
      }),
    ],
  });
  return { server, call: caller(server), sent, knex };
}
