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
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

jest.setTimeout(60_000);

const groups: Record<string, string[]> = {
  'payments-team': ['paula.lead', 'pat.engineer'],
  cab: ['olivia.ops', 'nina.network', 'dan.dba'],
  'it-operations': ['olivia.ops'],
  'web-team': ['wes.web'],
};
const groupsOf = (user: string) =>
  Object.keys(groups).filter(g => groups[g].includes(user));

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default' },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  ...Object.keys(groups).map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  })),
  ...[
    'paula.lead',
    'pat.engineer',
    'olivia.ops',
    'nina.network',
    'dan.dba',
    'wes.web',
  ].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf: groupsOf(name) },
    relations: groupsOf(name).map(g => ({
      type: 'memberOf',
      targetRef: `group:default/${g}`,
    })),
  })),
];

const as = (name: string) =>
  mockCredentials.user.header(`user:default/${name}`);
const pat = as('pat.engineer');
const olivia = as('olivia.ops');

/** Users own themselves and the groups they are members of. */
const userInfoFactory = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const userEntityRef = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      const name = userEntityRef.split('/')[1];
      return {
        userEntityRef,
        ownershipEntityRefs: [
          userEntityRef,
          ...groupsOf(name).map(g => `group:default/${g}`),
        ],
      };
    },
  }),
});

const request_ = {
  title: 'Upgrade checkout to Node 22',
  description: 'New base image',
  entityRefs: ['component:default/checkout-service'],
  model: 'normal',
  changeType: 'system',
  reason: 'Node 20 leaves support',
  window: { start: '2026-12-02T20:00:00Z', end: '2026-12-02T22:00:00Z' },
  plan: [{ title: 'Roll out' }],
  backoutPlan: 'Previous tag',
  testPlan: 'Smoke test',
  risk: {
    answers: {
      customerFacing: 'no',
      downtime: 'no',
      data: 'no',
      untested: 'no',
      noBackout: 'no',
      reach: 'none',
    },
  },
};

async function startBackend() {
  const sent: NotificationSendOptions[] = [];
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
      userInfoFactory,
      mockServices.rootConfig.factory({
        data: {
          itsm: {
            changes: {
              managerGroup: 'group:default/it-operations',
              cab: { group: 'group:default/cab', rule: 'quorum', quorum: 2 },
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
          },
        },
      }),
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
  const move = async (ref: string, who: string, action: string, body = {}) => {
    const current = await request(server)
      .get(`/api/itsm/changes/${ref}`)
      .set('Authorization', who);
    return request(server)
      .post(`/api/itsm/changes/${ref}/transitions`)
      .set('Authorization', who)
      .send({ action, version: current.body.version, ...body });
  };
  return { server, sent, move };
}

describe('change routes', () => {
  it('refuses a malformed request naming the field, and makes a change once per idempotency key', async () => {
    const { server } = await startBackend();
    const noWindow = await request(server)
      .post('/api/itsm/changes')
      .set('Authorization', pat)
      .send({ ...request_, window: undefined });
    expect(noWindow.status).toBe(400);
    expect(noWindow.body.error.message).toMatch(/window/);
    const badModel = await request(server)
      .post('/api/itsm/changes')
      .set('Authorization', pat)
      .send({ ...request_, model: 'major' });
    expect(badModel.status).toBe(400);
    expect(badModel.body.error.message).toMatch(/model/);
    const noBackout = await request(server)
      .post('/api/itsm/changes')
      .set('Authorization', pat)
      .send({ ...request_, backoutPlan: '' });
    expect(noBackout.status).toBe(400);
    expect(noBackout.body.error.message).toBe('backoutPlan is required');

    const first = await request(server)
      .post('/api/itsm/changes')
      .set('Authorization', pat)
      .set('Idempotency-Key', 'chg-1')
      .send(request_);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      ref: 'CHG-1',
      type: 'change',
      state: 'draft',
      model: 'normal',
      changeType: 'system',
      risk: { level: 'low', computed: 'low' },
      window: {
        start: '2026-12-02T20:00:00.000Z',
        end: '2026-12-02T22:00:00.000Z',
      },
      plan: [{ title: 'Roll out', done: false }],
      reportedBy: 'user:default/pat.engineer',
      allowed: { update: true },
    });
    const again = await request(server)
      .post('/api/itsm/changes')
      .set('Authorization', pat)
      .set('Idempotency-Key', 'chg-1')
      .send(request_);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const list = await request(server)
      .get('/api/itsm/changes?entityRef=component:default/checkout-service')
      .set('Authorization', pat);
    expect(list.body.items.map((c: { ref: string }) => c.ref)).toEqual([
      'CHG-1',
    ]);
    const unauthenticated = await request(server)
      .get('/api/itsm/changes')
      .set('Authorization', mockCredentials.none.header());
    expect(unauthenticated.status).toBe(401);
  });

  it('serves the request form: the risk questionnaire and the standard changes', async () => {
    const { server } = await startBackend();
    const form = await request(server)
      .get('/api/itsm/changes/form')
      .set('Authorization', pat);
    expect(form.status).toBe(200);
    expect(
      form.body.riskQuestionnaire.questions.map((q: { id: string }) => q.id),
    ).toContain('downtime');
    expect(form.body.standardChanges).toEqual([
      expect.objectContaining({
        id: 'restart-pod',
        plan: [{ title: 'kubectl rollout restart', done: false }],
      }),
    ]);
  });

  it('takes a change through approval by its owners, telling the approvers and then the stakeholders', async () => {
    const { server, sent, move } = await startBackend();
    await request(server)
      .post('/api/itsm/changes')
      .set('Authorization', pat)
      .send(request_);
    expect((await move('CHG-1', pat, 'submit')).body.state).toBe('submitted');
    expect(sent.at(-1)).toMatchObject({
      recipients: { entityRef: ['group:default/it-operations'] },
      payload: {
        title: 'Change to accept: CHG-1: Upgrade checkout to Node 22',
        link: '/itsm/changes/CHG-1',
      },
    });
    await move('CHG-1', olivia, 'accept');
    await move('CHG-1', olivia, 'assess', { assessment: 'fine' });
    const waiting = await move('CHG-1', olivia, 'request_approval');
    expect(waiting.body.approval.groups).toEqual([
      expect.objectContaining({
        key: 'owners',
        approvers: ['group:default/payments-team'],
      }),
    ]);
    // The owners are asked, the requester (pat) only told it was sent.
    expect(sent.at(-2)).toMatchObject({
      recipients: {
        entityRef: ['group:default/payments-team'],
        excludeEntityRef: [
          'user:default/olivia.ops',
          'user:default/pat.engineer',
        ],
      },
      payload: { title: expect.stringMatching(/^Your approval is asked for/) },
    });
    expect(sent.at(-1)).toMatchObject({
      recipients: { entityRef: ['user:default/pat.engineer'] },
      payload: { title: expect.stringMatching(/^Sent for approval/) },
    });

    const stale = await request(server)
      .post('/api/itsm/changes/CHG-1/transitions')
      .set('Authorization', olivia)
      .send({ action: 'cancel', version: 1, reason: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      ref: 'CHG-1',
      state: 'awaiting_approval',
      model: 'normal',
    });

    const own = await request(server)
      .post('/api/itsm/changes/CHG-1/approvals')
      .set('Authorization', pat)
      .send({ decision: 'approve' });
    expect(own.status).toBe(403);
    const stranger = await request(server)
      .post('/api/itsm/changes/CHG-1/approvals')
      .set('Authorization', as('wes.web'))
      .send({ decision: 'approve' });
    expect(stranger.status).toBe(403);
    const bad = await request(server)
      .post('/api/itsm/changes/CHG-1/approvals')
      .set('Authorization', as('paula.lead'))
      .send({ decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/decision/);

    const approved = await request(server)
      .post('/api/itsm/changes/CHG-1/approvals')
      .set('Authorization', as('paula.lead'))
      .send({ decision: 'approve', comment: 'Go ahead' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'scheduled',
      approval: { status: 'approved' },
    });
    const told = sent.map(s => s.payload.title);
    expect(told).toContain('Scheduled: CHG-1: Upgrade checkout to Node 22');
  });

  it('answers a pipeline at the deployment gate, with a service token', async () => {
    const { server, move } = await startBackend();
    const ci = mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('external:ci'),
      targetPluginId: 'itsm',
    });
    const ask = (query: string) =>
      request(server)
        .get(`/api/itsm/deployment-gate?${query}`)
        .set('Authorization', ci);
    const at = 'at=2026-12-02T21:00:00Z';
    const before = await ask(
      `entityRef=component:default/checkout-service&${at}`,
    );
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      allowed: false,
      entityRef: 'component:default/checkout-service',
    });

    await request(server)
      .post('/api/itsm/changes')
      .set('Authorization', pat)
      .send({
        ...request_,
        model: 'standard',
        template: 'restart-pod',
        changeType: undefined,
        risk: undefined,
      });
    await move('CHG-1', pat, 'submit');
    const during = await ask(
      `entityRef=component:default/checkout-service&${at}`,
    );
    expect(during.body).toMatchObject({
      allowed: true,
      change: { ref: 'CHG-1' },
    });

    const unknown = await ask(`entityRef=component:default/nothing&${at}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      "entityRef 'component:default/nothing' is not in the catalog",
    );
    const missing = await ask(at);
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/entityRef/);
  });
});
