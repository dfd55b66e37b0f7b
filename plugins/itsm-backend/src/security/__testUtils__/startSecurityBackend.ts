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
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { Server } from 'node:http';
import request from 'supertest';
import {
  createItsmRecordConditionalDecision,
  itsmRecordConditions,
} from '../../core/permissions/conditionExports';
import { itsmPlugin } from '../../plugin';

/**
 * The five callers of the security suite, one column each of the
 * authorization matrix.
 */
export const CALLERS = [
  'none',
  'reader',
  'stranger',
  'worker',
  'service',
] as const;
export type Caller = (typeof CALLERS)[number];

export const users = {
  /** Reports the records the matrix works on; not a column. */
  reporter: 'user:default/pat.engineer',
  /** May read everything and work nothing (an auditor). */
  reader: 'user:default/rae.reader',
  /** A user of an unrelated team. */
  stranger: 'user:default/wes.web',
  /**
   * The right worker: the service desk, the change and service level
   * managers, the CAB, the release managers, the continuity managers, and
   * the lead of the team that owns the affected service (so the approver of
   * its records).
   */
  worker: 'user:default/sam.agent',
  /**
   * Another member of the service desk and the release managers, who does
   * what segregation of duties keeps from the worker: proposes the problem
   * solution the worker approves, audits the release the worker approved.
   * Not a column.
   */
  colleague: 'user:default/sid.desk',
};

const groupsOf: Record<string, string[]> = {
  [users.reporter]: ['payments-team'],
  [users.reader]: ['auditors'],
  [users.stranger]: ['web-team'],
  [users.worker]: [
    'service-desk',
    'it-operations',
    'cab',
    'release-managers',
    'continuity-managers',
    'improvement-managers',
    'platform-team',
  ],
  [users.colleague]: ['service-desk', 'release-managers'],
};

const claimsOf = (user: string) => [
  user,
  ...(groupsOf[user] ?? []).map(g => `group:default/${g}`),
];

/** The Authorization header of each caller (none: an unauthenticated request). */
export const headerOf: Record<Caller, string> = {
  none: mockCredentials.none.header(),
  reader: mockCredentials.user.header(users.reader),
  stranger: mockCredentials.user.header(users.stranger),
  worker: mockCredentials.user.header(users.worker),
  service: mockCredentials.service.header({
    onBehalfOf: mockCredentials.service('external:ci'),
    targetPluginId: 'itsm',
  }),
};
export const reporterHeader = mockCredentials.user.header(users.reporter);
/** Who takes part in setting records up besides the matrix's callers. */
export type Helper = 'reporter' | 'colleague';
const helperHeaders: Record<Helper, string> = {
  reporter: reporterHeader,
  colleague: mockCredentials.user.header(users.colleague),
};

const group = (name: string, annotations?: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', ...(annotations && { annotations }) },
  spec: { type: 'team', children: [] },
});

/**
 * How many services of the payments platform besides checkout the catalog
 * has: an entity has one business impact analysis at a time, so the cells
 * that each make a new analysis take one of these each.
 */
export const SPARE_SERVICES = 40;
/** The n-th spare service (1 to SPARE_SERVICES), owned like checkout. */
export const spareService = (n: number) =>
  `component:default/payments-job-${n}`;

const entities = [
  ...Array.from({ length: SPARE_SERVICES }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: `payments-job-${i + 1}`, namespace: 'default' },
    spec: {
      type: 'service',
      owner: 'platform-team',
      lifecycle: 'production',
      system: 'payments',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-team' }],
  })),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'checkout-service',
      namespace: 'default',
      annotations: {
        'itsm/sla': 'gold',
        'itsm/alert-selector': 'service=checkout,env=prod',
      },
    },
    spec: {
      type: 'service',
      owner: 'platform-team',
      lifecycle: 'production',
      system: 'payments',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { owner: 'platform-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-team' }],
  },
  group('platform-team', { 'itsm/lead': users.worker }),
  group('service-desk', { 'itsm/lead': users.worker }),
  ...[
    'payments-team',
    'web-team',
    'auditors',
    'it-operations',
    'cab',
    'release-managers',
    'continuity-managers',
    'improvement-managers',
  ].map(name => group(name)),
  ...Object.keys(groupsOf).map(ref => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1], namespace: 'default' },
    spec: {
      profile: { email: `${ref.split('/')[1]}@acme.example` },
      memberOf: groupsOf[ref],
    },
    relations: groupsOf[ref].map(g => ({
      type: 'memberOf',
      targetRef: `group:default/${g}`,
    })),
  })),
];

/** Users own themselves and their groups. */
const userInfoFactory = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const user = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return { userEntityRef: user, ownershipEntityRefs: claimsOf(user) };
    },
  }),
});

/**
 * The demo portal's policy (packages/backend's DemoPermissionPolicy), with
 * an auditor who reads but works nothing: IT Operations reviews service
 * level agreements and run continual improvement
 * (`itsm.improvement.manage`), the continuity managers record continuity
 * records (`itsm.continuity.manage`, as the demo's
 * CONTINUITY_MANAGERS_GROUP).
 * Service principals are allowed everything, as Backstage's permission
 * client decides for them without asking the policy.
 */
export function decide(
  permission: string,
  principal: { type: string; userEntityRef?: string },
): PolicyDecision {
  const allow = { result: AuthorizeResult.ALLOW } as const;
  const deny = { result: AuthorizeResult.DENY } as const;
  if (principal.type === 'service' || permission === 'itsm.record.read') {
    return allow;
  }
  const user = principal.userEntityRef!;
  const claims = claimsOf(user);
  if (user === users.reader) return deny;
  if (permission === 'itsm.sla.review') {
    return claims.includes('group:default/it-operations') ? allow : deny;
  }
  if (permission === 'itsm.continuity.manage') {
    return claims.includes('group:default/continuity-managers') ? allow : deny;
  }
  // IT Operations run continual improvement: they approve improvement
  // items and record training sessions.
  if (permission === 'itsm.improvement.manage') {
    return claims.includes('group:default/it-operations') ? allow : deny;
  }
  const isWork = permission === 'itsm.record.update';
  const isComment = permission === 'itsm.record.comment';
  const isWorkNote = permission === 'itsm.record.worknote';
  if (!(isWork || isComment || isWorkNote)) return allow;
  if (claims.includes('group:default/service-desk')) return allow;
  const works = [
    itsmRecordConditions.isAssignee({ claims: [user] }),
    itsmRecordConditions.isInAssignmentGroup({ claims }),
  ];
  const owns = itsmRecordConditions.isAffectedEntityOwner({ claims });
  const reported = itsmRecordConditions.isReporter({ claims: [user] });
  let anyOf = [...works, owns, reported];
  if (isWork) anyOf = works;
  if (isWorkNote) anyOf = [...works, owns];
  return createItsmRecordConditionalDecision(
    { name: permission, type: 'resource', resourceType: 'itsm-record' } as any,
    { anyOf: anyOf as any },
  );
}

const permissions = mockServices.permissions.mock({
  authorize: async (requests, options) =>
    requests.map(r => {
      const d = decide(
        r.permission.name,
        options!.credentials.principal as any,
      );
      return d.result === AuthorizeResult.CONDITIONAL
        ? { result: AuthorizeResult.DENY }
        : d;
    }) as any,
  authorizeConditional: async (requests, options) =>
    requests.map(r =>
      decide(r.permission.name, options!.credentials.principal as any),
    ) as any,
});

export type SecurityBackend = {
  server: Server;
  knex: Knex;
  /** A request as the given caller (or the reporter) with a JSON body. */
  call: (
    who: Caller | Helper,
    method: string,
    path: string,
    body?: unknown,
  ) => request.Test;
};

/**
 * The ITSM plugin on a fresh database of the given kind, with the demo-like
 * policy and catalog above, changes, releases and continuity plans managed
 * by the worker's groups, and a service level agreement for the checkout
 * service.
 */
export async function startSecurityBackend(
  databases: TestDatabases,
  id: TestDatabaseId,
): Promise<SecurityBackend> {
  const knex = await databases.init(id);
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      userInfoFactory,
      permissions.factory,
      mockServices.rootConfig.factory({
        data: {
          itsm: {
            changes: {
              managerGroup: 'group:default/it-operations',
              cab: { group: 'group:default/cab', rule: 'quorum', quorum: 1 },
              standardChanges: [
                {
                  id: 'restart-pod',
                  title: 'Restart a pod',
                  description: 'Rolling restart',
                  plan: ['kubectl rollout restart'],
                  backoutPlan: 'None',
                  testPlan: 'Health checks',
                },
              ],
            },
            releases: { managerGroup: 'group:default/release-managers' },
            continuity: {
              managersGroup: 'group:default/continuity-managers',
            },
            improvement: {
              surveys: {
                definitions: [
                  {
                    id: 'incident-closure',
                    title: 'How did we do?',
                    kind: 'after-closure',
                    questions: [
                      { id: 'overall', text: 'Overall', scale: 'rating' },
                    ],
                  },
                ],
              },
            },
            sla: {
              agreements: [
                {
                  id: 'gold',
                  name: 'Payments Gold',
                  objectives: { P2: { response: '30m', restore: '4h' } },
                },
              ],
            },
          },
        },
      }),
    ],
  });
  const call: SecurityBackend['call'] = (who, method, path, body) => {
    const header = helperHeaders[who as Helper] ?? headerOf[who as Caller];
    const req = (request(server) as any)
      [method.toLowerCase()](`/api/itsm${path}`)
      .set('Authorization', header) as request.Test;
    return body === undefined ? req : req.send(body as object);
  };
  return { server, knex, call };
}
