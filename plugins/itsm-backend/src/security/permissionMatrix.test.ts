import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { itsmPlugin } from '../plugin';

jest.setTimeout(60_000);

/*
 * Every route against every part a user can play, with a policy like the
 * demo's: the service desk works everything; others work what is assigned
 * to them or their group, reply on that and on what they reported, and read
 * work notes where they work; the lead decides on raising the priority.
 */

const sam = 'user:default/sam.agent'; // service desk
const dan = 'user:default/dan.dba'; // in the assignment group
const pat = 'user:default/pat.engineer'; // the reporter
const wes = 'user:default/wes.web'; // anyone else
const carl = 'user:default/carl.cto'; // lead of the assignment group

const groupsOf: Record<string, string[]> = {
  [sam]: ['group:default/service-desk'],
  [dan]: ['group:default/dba-team'],
  [pat]: ['group:default/payments-team'],
  [wes]: ['group:default/web-team'],
  [carl]: ['group:default/engineering'],
};

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'dba-team',
      namespace: 'default',
      annotations: { 'itsm/lead': carl },
    },
    spec: { type: 'team', children: [] },
  },
  ...Object.keys(groupsOf).map(ref => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1], namespace: 'default' },
    spec: {},
  })),
];

const rule = (name: string, claims: string[]) => ({
  rule: name,
  resourceType: 'itsm-record',
  params: { claims },
});

function decide(permission: string, user: string) {
  const claims = [user, ...groupsOf[user]];
  if (
    permission === 'itsm.record.read' ||
    claims.includes('group:default/service-desk')
  ) {
    return { result: AuthorizeResult.ALLOW };
  }
  const works = [
    rule('IS_ASSIGNEE', [user]),
    rule('IS_IN_ASSIGNMENT_GROUP', claims),
  ];
  const anyOf =
    permission === 'itsm.record.comment'
      ? [...works, rule('IS_REPORTER', [user])]
      : works;
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'itsm',
    resourceType: 'itsm-record',
    conditions: { anyOf },
  };
}

type Role = 'agent' | 'worker' | 'reporter' | 'other' | 'lead';
const userOf: Record<Role, string> = {
  agent: sam,
  worker: dan,
  reporter: pat,
  other: wes,
  lead: carl,
};

let server: any;

beforeAll(async () => {
  const permissions = mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async (requests, options) => {
      const user = (options.credentials.principal as any).userEntityRef;
      return requests.map(r => decide(r.permission.name, user)) as any;
    },
  });
  ({ server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
      permissions.factory,
    ],
  }));
});

/** A fresh incident of the DBAs, reported by pat, in the given state. */
async function incident(state: 'new' | 'resolved' | 'raise-requested' = 'new') {
  const created = await request(server)
    .post('/api/itsm/incidents')
    .set('Authorization', mockCredentials.user.header(pat))
    .send({
      title: 'Replica lag',
      description: '',
      entityRefs: [],
      priority: 'P3',
      assignmentGroup: 'group:default/dba-team',
    });
  let body = created.body;
  const asAgent = mockCredentials.user.header(sam);
  if (state === 'resolved') {
    body = (
      await request(server)
        .post(`/api/itsm/incidents/${body.ref}/transitions`)
        .set('Authorization', asAgent)
        .send({
          action: 'resolve',
          version: body.version,
          resolution: 'r',
          cause: 'c',
          verification: 'v',
        })
    ).body;
  }
  if (state === 'raise-requested') {
    body = (
      await request(server)
        .post(`/api/itsm/incidents/${body.ref}/priority-requests`)
        .set('Authorization', asAgent)
        .send({ version: body.version, priority: 'P2', reason: 'Spreading' })
    ).body;
  }
  return body as { ref: string; version: number };
}

type Case = {
  route: string;
  state?: 'new' | 'resolved' | 'raise-requested';
  call: (inc: { ref: string; version: number }) => {
    method: 'get' | 'post' | 'patch';
    path: string;
    body?: object;
  };
  expected: Record<Role, number>;
};

const cases: Case[] = [
  {
    route: 'GET /incidents/:id',
    call: i => ({ method: 'get', path: `/incidents/${i.ref}` }),
    expected: { agent: 200, worker: 200, reporter: 200, other: 200, lead: 200 },
  },
  {
    route: 'PATCH /incidents/:id',
    call: i => ({
      method: 'patch',
      path: `/incidents/${i.ref}`,
      body: { version: i.version, title: 'Replica lag on db-2' },
    }),
    expected: { agent: 200, worker: 200, reporter: 403, other: 403, lead: 403 },
  },
  {
    route: 'POST /incidents/:id/transitions (start)',
    call: i => ({
      method: 'post',
      path: `/incidents/${i.ref}/transitions`,
      body: { version: i.version, action: 'start' },
    }),
    expected: { agent: 200, worker: 200, reporter: 403, other: 403, lead: 403 },
  },
  {
    route: 'POST /incidents/:id/transitions (confirm a resolution)',
    state: 'resolved',
    call: i => ({
      method: 'post',
      path: `/incidents/${i.ref}/transitions`,
      body: { version: i.version, action: 'close', rating: 5 },
    }),
    expected: { agent: 403, worker: 403, reporter: 200, other: 403, lead: 403 },
  },
  {
    route: 'POST /incidents/:id/comments (public reply)',
    call: i => ({
      method: 'post',
      path: `/incidents/${i.ref}/comments`,
      body: { body: 'Any news?' },
    }),
    expected: { agent: 201, worker: 201, reporter: 201, other: 403, lead: 403 },
  },
  {
    route: 'POST /incidents/:id/comments (work note)',
    call: i => ({
      method: 'post',
      path: `/incidents/${i.ref}/comments`,
      body: { body: 'Check the WAL', visibility: 'work_note' },
    }),
    expected: { agent: 201, worker: 201, reporter: 403, other: 403, lead: 403 },
  },
  {
    route: 'POST /incidents/:id/links',
    call: i => ({
      method: 'post',
      path: `/incidents/${i.ref}/links`,
      body: { target: 'INC-1', kind: 'relates-to' },
    }),
    expected: { agent: 201, worker: 201, reporter: 403, other: 403, lead: 403 },
  },
  {
    route: 'POST /incidents/:id/escalations',
    call: i => ({
      method: 'post',
      path: `/incidents/${i.ref}/escalations`,
      body: {
        version: i.version,
        assignmentGroup: 'group:default/dba-team',
        supportTier: 'L3',
        reason: 'Needs the experts',
      },
    }),
    expected: { agent: 200, worker: 200, reporter: 403, other: 403, lead: 403 },
  },
  {
    route: 'POST /incidents/:id/priority-requests',
    call: i => ({
      method: 'post',
      path: `/incidents/${i.ref}/priority-requests`,
      body: { version: i.version, priority: 'P2', reason: 'Spreading' },
    }),
    expected: { agent: 200, worker: 200, reporter: 403, other: 403, lead: 403 },
  },
  {
    route: 'POST /incidents/:id/priority-requests/decision',
    state: 'raise-requested',
    call: i => ({
      method: 'post',
      path: `/incidents/${i.ref}/priority-requests/decision`,
      body: { version: i.version, decision: 'approve', comment: 'Go' },
    }),
    expected: { agent: 403, worker: 403, reporter: 403, other: 403, lead: 200 },
  },
];

const roles: Role[] = ['agent', 'worker', 'reporter', 'other', 'lead'];

describe('the permission matrix', () => {
  it.each(cases.flatMap(c => roles.map(role => [c.route, role, c] as const)))(
    '%s as %s',
    async (_route, role, c) => {
      const inc = await incident(c.state);
      const { method, path, body } = c.call(inc);
      const res = await request(server)
        [method](`/api/itsm${path}`)
        .set('Authorization', mockCredentials.user.header(userOf[role]))
        .send(body);
      expect(res.status).toBe(c.expected[role]);
    },
  );

  it('lists everything to everyone, but shows work notes only to those who work it', async () => {
    const inc = await incident();
    await request(server)
      .post(`/api/itsm/incidents/${inc.ref}/comments`)
      .set('Authorization', mockCredentials.user.header(sam))
      .send({ body: 'Check the WAL', visibility: 'work_note' });
    for (const role of roles) {
      const timeline = await request(server)
        .get(`/api/itsm/incidents/${inc.ref}/timeline`)
        .set('Authorization', mockCredentials.user.header(userOf[role]));
      expect(timeline.status).toBe(200);
      const notes = timeline.body.items.filter(
        (e: any) => e.visibility === 'work_note',
      );
      expect([role, notes.length]).toEqual([
        role,
        role === 'agent' || role === 'worker' ? 1 : 0,
      ]);
    }
  });
});
