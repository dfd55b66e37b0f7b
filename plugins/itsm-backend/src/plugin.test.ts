import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { itsmPlugin } from './plugin';

jest.setTimeout(60_000);

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default' },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'payments-db', namespace: 'default' },
    spec: { type: 'database', owner: 'group:default/dba-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'ledger-db',
      namespace: 'default',
      annotations: { 'itsm/support-group': 'group:default/dba-team' },
    },
    spec: { type: 'database', owner: 'group:default/payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'wes.web', namespace: 'default' },
    spec: {},
  },
];

async function startBackend(
  extra: Parameters<typeof startTestBackend>[0]['features'] = [],
) {
  return startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
      ...extra,
    ],
  });
}

const report = {
  title: 'Checkout returns 500',
  description: 'Since 10:02 every payment fails',
  entityRefs: ['component:checkout-service'],
  priority: 'P2',
};

describe('itsm backend plugin', () => {
  it('answers /health without credentials', async () => {
    const { server } = await startBackend();
    const res = await request(server).get('/api/itsm/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('refuses requests without a token', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .get('/api/itsm/incidents')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('reports, lists by entity, moves and audits an incident', async () => {
    const { server } = await startBackend();
    const created = await request(server)
      .post('/api/itsm/incidents')
      .send(report);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ref: 'INC-1',
      type: 'incident',
      version: 1,
      state: 'new',
      priority: 'P2',
      entityRefs: ['component:default/checkout-service'],
      createdBy: 'user:default/mock',
    });

    const listed = await request(server)
      .get('/api/itsm/incidents')
      .query({ entityRef: 'component:default/checkout-service' });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((i: any) => i.ref)).toEqual(['INC-1']);

    // As typed on a command line, without URL encoding.
    const raw = await request(server).get(
      '/api/itsm/incidents?entityRef=component:default/checkout-service&state=new',
    );
    expect(raw.status).toBe(200);
    expect(raw.body.items.map((i: any) => i.ref)).toEqual(['INC-1']);

    // Any spelling of the entity ref finds it.
    for (const spelling of [
      'component:checkout-service',
      'Component:default/Checkout-Service',
    ]) {
      const found = await request(server)
        .get('/api/itsm/incidents')
        .query({ entityRef: spelling });
      expect(found.body.items.map((i: any) => i.ref)).toEqual(['INC-1']);
    }

    const byRef = await request(server).get('/api/itsm/incidents/INC-1');
    expect(byRef.body.id).toBe(created.body.id);

    const started = await request(server)
      .post('/api/itsm/incidents/INC-1/transitions')
      .send({ action: 'start', version: 1 });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ state: 'in_progress', version: 2 });

    const stale = await request(server)
      .post(`/api/itsm/incidents/${created.body.id}/transitions`)
      .send({ action: 'resolve', version: 1, resolution: 'restarted' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      version: 2,
      state: 'in_progress',
    });

    const resolved = await request(server)
      .post('/api/itsm/incidents/INC-1/transitions')
      .send({
        action: 'resolve',
        version: 2,
        resolution: 'Rolled back 1.4.2',
        cause: 'Release 1.4.2 broke the card tokeniser',
        verification: 'A test payment went through',
      });
    expect(resolved.body).toMatchObject({
      state: 'resolved',
      resolution: 'Rolled back 1.4.2',
      cause: 'Release 1.4.2 broke the card tokeniser',
      verification: 'A test payment went through',
      resolvedAt: expect.any(String),
    });

    const comment = await request(server)
      .post('/api/itsm/incidents/INC-1/comments')
      .send({ body: 'Customers confirm payments work again' });
    expect(comment.status).toBe(201);

    const timeline = await request(server).get(
      '/api/itsm/incidents/INC-1/timeline',
    );
    expect(timeline.body.items.map((e: any) => e.kind)).toEqual([
      'created',
      'transition',
      'transition',
      'comment',
    ]);
    const reopened = await request(server)
      .post('/api/itsm/incidents/INC-1/transitions')
      .send({
        action: 'reopen',
        version: 3,
        reason: 'Fails again for EU cards',
      });
    expect(reopened.body.state).toBe('in_progress');
    expect(reopened.body.resolution).toBeUndefined();
    expect(reopened.body.cause).toBeUndefined();
    expect(reopened.body.resolvedAt).toBeUndefined();

    expect(timeline.body.items[2].data).toMatchObject({
      action: 'resolve',
      from: 'in_progress',
      to: 'resolved',
    });
  });

  it('answers bad input with a 400 that names the field', async () => {
    const { server } = await startBackend();
    const wrongType = await request(server)
      .post('/api/itsm/incidents')
      .send({ ...report, title: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/title/);

    const missing = await request(server)
      .post('/api/itsm/incidents')
      .send({ title: 'x', description: 'y', entityRefs: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/priority/);

    const unknownEntity = await request(server)
      .post('/api/itsm/incidents')
      .send({ ...report, entityRefs: ['component:default/nope'] });
    expect(unknownEntity.status).toBe(400);
    expect(unknownEntity.body.error.message).toMatch(
      /entityRefs\[0\] 'component:default\/nope' is not in the catalog/,
    );

    const badRef = await request(server)
      .post('/api/itsm/incidents')
      .send({
        ...report,
        entityRefs: ['component:default/checkout-service', ':::'],
      });
    expect(badRef.status).toBe(400);
    expect(badRef.body.error.message).toMatch(/entityRefs\[1\]/);

    const tooMany = await request(server).get('/api/itsm/incidents?limit=1000');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/limit/);

    const badCursor = await request(server).get(
      '/api/itsm/incidents?cursor=zzz',
    );
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.message).toMatch(/cursor/);

    await request(server).post('/api/itsm/incidents').send(report);
    const illegal = await request(server)
      .post('/api/itsm/incidents/INC-1/transitions')
      .send({ action: 'close', version: 1 });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.message).toMatch(
      /Cannot close a record that is New/,
    );

    const noResolution = await request(server)
      .post('/api/itsm/incidents/INC-1/transitions')
      .send({ action: 'resolve', version: 1 });
    expect(noResolution.status).toBe(400);
    expect(noResolution.body.error.message).toMatch(/resolution/);
  });

  it('classifies and routes a report (§3.2.1-3.2.2)', async () => {
    const { server } = await startBackend();
    const toOwner = await request(server)
      .post('/api/itsm/incidents')
      .send({
        title: 'Checkout slow',
        description: 'p95 at 4 s',
        entityRefs: ['component:checkout-service'],
        impact: 'high',
        urgency: 'high',
        category: 'software',
      });
    expect(toOwner.status).toBe(201);
    expect(toOwner.body).toMatchObject({
      priority: 'P1',
      impact: 'high',
      urgency: 'high',
      category: 'software',
      channel: 'portal',
      reportedBy: 'user:default/mock',
      assignmentGroup: 'group:default/payments-team',
      supportTier: 'L2',
    });

    const toSupportGroup = await request(server)
      .post('/api/itsm/incidents')
      .send({
        title: 'Ledger replication lag',
        description: '',
        entityRefs: ['resource:ledger-db'],
        priority: 'P3',
      });
    expect(toSupportGroup.body.assignmentGroup).toBe('group:default/dba-team');

    const phoneCall = await request(server).post('/api/itsm/incidents').send({
      title: 'Cannot log in',
      description: 'Caller on the phone',
      entityRefs: [],
      impact: 'low',
      urgency: 'medium',
      channel: 'phone',
      reportedBy: 'wes.web',
    });
    expect(phoneCall.body).toMatchObject({
      priority: 'P4',
      channel: 'phone',
      reportedBy: 'user:default/wes.web',
      createdBy: 'user:default/mock',
      assignmentGroup: 'group:default/service-desk',
      supportTier: 'L1',
    });
  });

  it.each([
    [{ impact: 'high' }, /required property 'urgency'/],
    [
      { impact: 'low', urgency: 'low', priority: 'P1' },
      /priorityReason is required/,
    ],
    [
      { priority: 'P2', reportedBy: 'nobody' },
      /reportedBy 'nobody' is not in the catalog/,
    ],
    [{ priority: 'P2', category: 'printer' }, /category/],
    [{ priority: 'P2', impact: 'huge', urgency: 'low' }, /impact/],
  ])(
    'refuses the report %p with a 400 naming the field',
    async (extra, message) => {
      const { server } = await startBackend();
      const res = await request(server)
        .post('/api/itsm/incidents')
        .send({ title: 't', description: 'd', entityRefs: [], ...extra });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    },
  );

  it('answers 404 for unknown ids', async () => {
    const { server } = await startBackend();
    for (const id of [
      'INC-99',
      '00000000-0000-4000-8000-000000000000',
      'nonsense',
    ]) {
      const res = await request(server).get(`/api/itsm/incidents/${id}`);
      expect(res.status).toBe(404);
    }
  });

  it('returns the first incident for a repeated Idempotency-Key', async () => {
    const { server } = await startBackend();
    const first = await request(server)
      .post('/api/itsm/incidents')
      .set('Idempotency-Key', 'form-42')
      .send(report);
    const again = await request(server)
      .post('/api/itsm/incidents')
      .set('Idempotency-Key', 'form-42')
      .send(report);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const list = await request(server).get('/api/itsm/incidents');
    expect(list.body.items).toHaveLength(1);
  });

  it('pages with a cursor', async () => {
    const { server } = await startBackend();
    for (let i = 0; i < 3; i++) {
      await request(server).post('/api/itsm/incidents').send(report);
    }
    const first = await request(server).get('/api/itsm/incidents?limit=2');
    expect(first.body.items.map((i: any) => i.ref)).toEqual(['INC-3', 'INC-2']);
    const second = await request(server)
      .get('/api/itsm/incidents')
      .query({ limit: 2, cursor: first.body.nextCursor });
    expect(second.body.items.map((i: any) => i.ref)).toEqual(['INC-1']);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it('shows a user only what a conditional policy allows, filtered in SQL', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      authorizeConditional: async requests =>
        requests.map(() => ({
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'itsm',
          resourceType: 'itsm-record',
          conditions: {
            rule: 'IS_AFFECTED_ENTITY_OWNER',
            resourceType: 'itsm-record',
            params: { claims: ['group:default/dba-team'] },
          },
        })) as any,
    });
    const { server } = await startBackend([permissions.factory]);
    await request(server).post('/api/itsm/incidents').send(report);
    await request(server)
      .post('/api/itsm/incidents')
      .send({ ...report, entityRefs: ['resource:default/payments-db'] });

    const list = await request(server).get('/api/itsm/incidents');
    expect(list.body.items.map((i: any) => i.ref)).toEqual(['INC-2']);
    const hidden = await request(server).get('/api/itsm/incidents/INC-1');
    expect(hidden.status).toBe(403);
    const moveHidden = await request(server)
      .post('/api/itsm/incidents/INC-1/transitions')
      .send({ action: 'start', version: 1 });
    expect(moveHidden.status).toBe(403);
    const moveOwn = await request(server)
      .post('/api/itsm/incidents/INC-2/transitions')
      .send({ action: 'start', version: 1 });
    expect(moveOwn.status).toBe(200);
  });

  it('tells the caller which incidents they may work', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      authorizeConditional: async requests =>
        requests.map(r =>
          r.permission.name === 'itsm.record.read'
            ? { result: AuthorizeResult.ALLOW }
            : {
                result: AuthorizeResult.CONDITIONAL,
                pluginId: 'itsm',
                resourceType: 'itsm-record',
                conditions: {
                  rule: 'IS_AFFECTED_ENTITY_OWNER',
                  resourceType: 'itsm-record',
                  params: { claims: ['group:default/dba-team'] },
                },
              },
        ) as any,
    });
    const { server } = await startBackend([permissions.factory]);
    await request(server).post('/api/itsm/incidents').send(report);
    await request(server)
      .post('/api/itsm/incidents')
      .send({ ...report, entityRefs: ['resource:default/payments-db'] });

    const list = await request(server).get('/api/itsm/incidents');
    expect(
      list.body.items.map((i: any) => [
        i.ref,
        i.allowed.update,
        i.allowed.comment,
      ]),
    ).toEqual([
      ['INC-2', true, true],
      ['INC-1', false, false],
    ]);
    const one = await request(server).get('/api/itsm/incidents/INC-1');
    // The caller reported INC-1: they respond to its resolution, nothing more.
    expect(one.body.allowed).toEqual({
      update: false,
      comment: false,
      workNote: false,
      respond: true,
    });
  });

  it('refuses to report when the policy denies it', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.DENY })),
    });
    const { server } = await startBackend([permissions.factory]);
    const res = await request(server).post('/api/itsm/incidents').send(report);
    expect(res.status).toBe(403);
  });
});
