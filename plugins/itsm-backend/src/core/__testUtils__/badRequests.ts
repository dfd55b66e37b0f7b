import type { Server } from 'node:http';
import request from 'supertest';

/*
 * The requests of the request rules test (router/requestRules.test.ts):
 * each write accepted as it is, then with a NUL in each of its strings;
 * integers past the contract's bounds, oversize bodies, unknown
 * properties; each with the answer it must get on both databases.
 */

const entity = (
  kind: string,
  name: string,
  spec: object = {},
  annotations: Record<string, string> = {},
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', annotations },
  spec,
});

export const entities = [
  {
    ...entity(
      'Component',
      'checkout-service',
      { type: 'service', owner: 'payments-team', lifecycle: 'production' },
      { 'itsm/sla': 'gold' },
    ),
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  entity('Group', 'payments-team', { type: 'team', children: [] }),
  entity('Group', 'dba-team', { type: 'team', children: [] }),
  entity('User', 'wes.web', { memberOf: ['payments-team'] }),
];

const window = { start: '2026-12-08T20:00:00Z', end: '2026-12-08T22:00:00Z' };
const answers = {
  customerFacing: 'yes',
  downtime: 'no',
  data: 'no',
  untested: 'no',
  noBackout: 'no',
  reach: 'few',
};

/** An incident to report; INC-1 to INC-3 are reported so, for the rest. */
export const anIncident = {
  title: 'Checkout returns 500',
  description: 'Since 10:02 every payment fails',
  entityRefs: ['component:default/checkout-service'],
  impact: 'high',
  urgency: 'medium',
  priorityReason: 'Friday',
  scopeOfImpact: 'All card payments',
  assignmentGroup: 'group:default/payments-team',
  assignee: 'user:default/wes.web',
};

/**
 * The writes whose text reaches a text column, each with a body the
 * contract and the service accept (checked first, on records of their
 * own), then sent with a NUL character in each of its strings in turn.
 */
export const writes: Array<{
  method: 'post' | 'patch';
  path: string;
  body: object;
  accepted: number;
}> = [
  { method: 'post', path: '/incidents', body: anIncident, accepted: 201 },
  {
    method: 'patch',
    path: '/incidents/INC-1',
    body: {
      version: 1,
      title: 'Checkout fails',
      description: 'Every payment fails',
      assignmentGroup: 'group:default/payments-team',
      assignee: 'user:default/wes.web',
    },
    accepted: 200,
  },
  {
    method: 'post',
    path: '/incidents/bulk-assign',
    body: {
      items: [{ id: 'INC-2', version: 1 }],
      assignmentGroup: 'group:default/payments-team',
      assignee: 'user:default/wes.web',
    },
    accepted: 200,
  },
  {
    method: 'post',
    path: '/incidents/INC-3/escalations',
    body: {
      version: 1,
      assignmentGroup: 'group:default/dba-team',
      assignee: 'user:default/wes.web',
      reason: 'The database is at fault',
    },
    accepted: 200,
  },
  {
    method: 'post',
    path: '/sla/reviews',
    body: {
      entityRef: 'component:default/checkout-service',
      decision: 'keep',
      notes: 'Met every objective',
    },
    accepted: 201,
  },
  {
    method: 'post',
    path: '/problems',
    body: {
      title: 'Checkout times out under load',
      description: 'Three incidents this week',
      entityRefs: ['component:default/checkout-service'],
      category: 'software',
      incidents: ['INC-1'],
    },
    accepted: 201,
  },
  {
    method: 'patch',
    path: '/problems/PRB-1',
    body: {
      version: 1,
      title: 'Checkout times out',
      description: 'Four incidents',
      assignee: 'user:default/wes.web',
      assignmentGroup: 'group:default/payments-team',
    },
    accepted: 200,
  },
  {
    method: 'post',
    path: '/changes',
    body: {
      title: 'Upgrade the checkout runtime',
      description: 'Node 20 to 22',
      entityRefs: ['component:default/checkout-service'],
      model: 'normal',
      changeType: 'system',
      reason: 'Node 20 leaves support',
      window,
      plan: [{ title: 'Roll out', owner: 'user:default/wes.web' }],
      backoutPlan: 'Previous tag',
      testPlan: 'Smoke test',
      risk: { answers, statedReason: 'Routine' },
    },
    accepted: 201,
  },
  {
    method: 'patch',
    path: '/changes/CHG-1',
    body: { version: 1, title: 'Upgrade', description: 'Node 22' },
    accepted: 200,
  },
  {
    method: 'post',
    path: '/releases',
    body: {
      title: 'Checkout 2.4.1',
      description: 'Tariff rounding fix',
      entityRefs: ['component:default/checkout-service'],
      releaseVersion: '2.4.1',
      goals: ['fix'],
      modules: ['checkout-api'],
      window,
      phases: ['build'],
      risk: { answers },
    },
    accepted: 201,
  },
  {
    method: 'patch',
    path: '/releases/REL-1',
    body: { version: 1, title: 'Checkout 2.4.2', description: 'And more' },
    accepted: 200,
  },
];

/** The field of every string in a body, as a message names it. */
function stringFields(value: unknown, field = ''): string[] {
  if (typeof value === 'string') {
    return [field];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => stringFields(item, `${field}[${i}]`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      stringFields(item, field ? `${field}.${key}` : key),
    );
  }
  return [];
}

/** The body with a NUL in the middle of the string at `field`. */
function withNul(body: object, field: string): object {
  const copy = structuredClone(body) as any;
  const keys = field.split(/\.|\[(\d+)\]/).filter(Boolean);
  const last = keys.pop()!;
  const parent = keys.reduce((node, key) => node[key], copy);
  parent[last] = `${parent[last].slice(0, 2)}\u0000${parent[last].slice(2)}`;
  return copy;
}

/** Fields with a fixed set of values, which the contract checks already. */
const CHOICES = [
  'impact',
  'urgency',
  'decision',
  'category',
  'model',
  'changeType',
];

export const nulCases = writes.flatMap(({ method, path, body }) =>
  stringFields(body)
    .filter(field => !CHOICES.includes(field))
    .map(field => ({
      request: `${method.toUpperCase()} ${path}`,
      method,
      path,
      body: withNul(body, field),
      status: 400,
      message: `${field} must not contain a NUL character (\\u0000)`,
    })),
);

/** Other requests that break a rule, and the answer each gets. */
export const otherCases: Array<{
  request: string;
  send: (server: Server) => request.Test;
  status: number;
  message: string;
}> = [
  {
    request: 'GET /incidents?q=a\\u0000b',
    send: s => request(s).get('/api/itsm/incidents?q=a%00b'),
    status: 400,
    message: 'q must not contain a NUL character (\\u0000)',
  },
  {
    request: 'GET /incidents/INC-1\\u0000',
    send: s => request(s).get('/api/itsm/incidents/INC-1%00'),
    status: 400,
    message: 'id must not contain a NUL character (\\u0000)',
  },
  {
    request: "POST /changes with a NUL in a risk answer's name",
    send: s =>
      request(s)
        .post('/api/itsm/changes')
        .send({
          ...(writes[7].body as object),
          risk: { answers: { ...answers, ['re\u0000ach']: 'few' } },
        }),
    status: 400,
    message:
      'risk.answers.re\\u0000ach must not contain a NUL character (\\u0000)',
  },
  {
    request: 'POST /incidents with a body over 1mb',
    send: s =>
      request(s)
        .post('/api/itsm/incidents')
        .send({ ...anIncident, description: 'x'.repeat(1024 * 1024) }),
    status: 413,
    message: 'request body is larger than the limit of 1mb',
  },
  {
    request: 'POST /incidents with "urgnecy"',
    send: s =>
      request(s)
        .post('/api/itsm/incidents')
        .send({ ...anIncident, urgency: undefined, urgnecy: 'high' }),
    status: 400,
    // The contract needs urgency with impact: the typo is named first.
    message:
      "request/body has an unknown property 'urgnecy'; did you mean 'urgency'? (request/body must have required property 'urgency')",
  },
  {
    request: 'POST /changes with a plan step\'s "ownr"',
    send: s =>
      request(s)
        .post('/api/itsm/changes')
        .send({
          ...(writes[7].body as object),
          plan: [{ title: 'Roll out', ownr: 'user:default/wes.web' }],
        }),
    status: 400,
    message:
      "request/body/plan/0 has an unknown property 'ownr'; did you mean 'owner'?",
  },
  {
    request: 'POST /incidents/INC-1/transitions with "resolutoin"',
    send: s =>
      request(s)
        .post('/api/itsm/incidents/INC-1/transitions')
        .send({ action: 'resolve', version: 1, resolutoin: 'restarted' }),
    status: 400,
    message:
      "request/body has an unknown property 'resolutoin'; did you mean 'resolution'?",
  },
  {
    request: 'PATCH /incidents/INC-1 with "colour", no near name',
    send: s =>
      request(s)
        .patch('/api/itsm/incidents/INC-1')
        .send({ version: 1, colour: 'red' }),
    status: 400,
    message: "request/body has an unknown property 'colour'",
  },
  {
    request: 'POST /incidents/INC-1/links with an empty property name',
    send: s =>
      request(s)
        .post('/api/itsm/incidents/INC-1/links')
        .send({ '': [1], target: 'INC-2', kind: 'caused-by' }),
    status: 400,
    message: "request/body has an unknown property ''",
  },
  ...[
    ['PATCH', '/incidents/INC-1', {}],
    ['PATCH', '/problems/PRB-1', {}],
    ['PATCH', '/changes/CHG-1', {}],
    ['PATCH', '/releases/REL-1', {}],
    ['POST', '/incidents/INC-1/transitions', { action: 'start' }],
    ['POST', '/incidents/INC-3/escalations', writes[3].body],
  ].map(([method, path, body]) => ({
    request: `${method} ${path} with version 2^31`,
    send: (s: Server) =>
      request(s)
        [method === 'PATCH' ? 'patch' : 'post'](`/api/itsm${path}`)
        .send({ ...(body as object), version: 2 ** 31 }),
    status: 400,
    message: 'request/body/version must be <= 2147483647',
  })),
  {
    request: 'POST /incidents/bulk-assign with an item of version 2^31',
    send: s =>
      request(s)
        .post('/api/itsm/incidents/bulk-assign')
        .send({
          items: [{ id: 'INC-2', version: 2 ** 31 }],
          assignee: 'user:default/wes.web',
        }),
    status: 400,
    message: 'request/body/items/0/version must be <= 2147483647',
  },
  {
    request: 'POST /changes/CHG-1/steps with step 2^31',
    send: s =>
      request(s)
        .post('/api/itsm/changes/CHG-1/steps')
        .send({ index: 2 ** 31, done: true, version: 1 }),
    status: 400,
    message: 'request/body/index must be <= 49',
  },
  {
    request: 'POST /problems/PRB-1/transitions with 2^31 estimated hours',
    send: s =>
      request(s)
        .post('/api/itsm/problems/PRB-1/transitions')
        .send({
          action: 'known_error',
          version: 1,
          solution: { description: 'Restart', estimatedHours: 2 ** 31 },
        }),
    status: 400,
    message: 'request/body/solution/estimatedHours must be <= 100000',
  },
  {
    request: 'GET /releases/free-window?durationMinutes=2^31',
    send: s =>
      request(s).get(
        `/api/itsm/releases/free-window?entityRef=component:default/checkout-service&durationMinutes=${
          2 ** 31
        }`,
      ),
    status: 400,
    message: 'request/query/durationMinutes must be <= 10080',
  },
  {
    request: 'GET /incidents?limit=2^31',
    send: s => request(s).get(`/api/itsm/incidents?limit=${2 ** 31}`),
    status: 400,
    message: 'request/query/limit must be <= 100',
  },
];
