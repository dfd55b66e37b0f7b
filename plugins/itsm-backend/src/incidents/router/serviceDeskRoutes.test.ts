import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

jest.setTimeout(60_000);

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default' },
    spec: {
      type: 'service',
      owner: 'payments-team',
      lifecycle: 'production',
      system: 'payments',
    },
    relations: [{ type: 'partOf', targetRef: 'system:default/payments' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { owner: 'payments-team' },
  },
  ...['payments-team', 'service-desk', 'dba-team'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  })),
  ...['mock', 'sam.agent'].map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: {},
  })),
];

/** The caller, user:default/mock, is a member of the payments team. */
async function startBackend() {
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
      mockServices.userInfo.mock({
        getUserInfo: async () => ({
          userEntityRef: 'user:default/mock',
          ownershipEntityRefs: [
            'user:default/mock',
            'group:default/payments-team',
          ],
        }),
      }).factory,
    ],
  });
  const report = (body: object) =>
    request(server)
      .post('/api/itsm/incidents')
      .send({ description: '', entityRefs: [], priority: 'P3', ...body });
  const refs = async (query: string) => {
    const res = await request(server).get(`/api/itsm/incidents?${query}`);
    expect(res.status).toBe(200);
    return res.body.items.map((i: { ref: string }) => i.ref);
  };
  return { server, report, refs };
}

describe('service desk routes', () => {
  it('serves the queues: my work, my groups, unassigned, by tier, P1, all open', async () => {
    const { report, refs } = await startBackend();
    await report({
      title: 'mine',
      assignee: 'user:default/mock',
      assignmentGroup: 'group:default/payments-team',
    });
    await report({
      title: 'my group, nobody on it',
      assignmentGroup: 'group:default/payments-team',
      priority: 'P1',
    });
    await report({ title: 'for the desk' }); // no entity: service desk, L1
    await report({
      title: 'for the DBAs',
      assignmentGroup: 'group:default/dba-team',
      assignee: 'user:default/sam.agent',
    });

    expect(await refs('assignee=me')).toEqual(['INC-1']);
    expect(await refs('assignmentGroup=mine&sort=priority')).toEqual([
      'INC-2',
      'INC-1',
    ]);
    expect(await refs('unassigned=true')).toEqual(['INC-3', 'INC-2']);
    expect(await refs('supportTier=L1')).toEqual(['INC-3']);
    expect(await refs('priority=P1')).toEqual(['INC-2']);
    expect(
      await refs('state=new&state=accepted&state=in_progress&state=on_hold'),
    ).toEqual(['INC-4', 'INC-3', 'INC-2', 'INC-1']);
    expect(await refs('q=DBAs')).toEqual(['INC-4']);
  });

  it('lists my requests: what I reported and what an agent logged for me, not what I logged for others', async () => {
    const { server, report, refs } = await startBackend();
    const sam = mockCredentials.user.header('user:default/sam.agent');
    await report({ title: 'I report it' });
    await report({ title: 'Sam logs my call', reportedBy: 'user:default/mock' })
      .set('Authorization', sam)
      .expect(201);
    await report({
      title: 'I log a call for Sam',
      reportedBy: 'user:default/sam.agent',
    });
    await report({ title: "Sam's own" }).set('Authorization', sam).expect(201);

    expect(await refs('reportedBy=me')).toEqual(['INC-2', 'INC-1']);
    expect(await refs('reportedBy=user:default/sam.agent')).toEqual([
      'INC-4',
      'INC-3',
    ]);
    const counts = await request(server).get(
      '/api/itsm/incidents/counts?reportedBy=me',
    );
    expect(counts.body.total).toBe(2);
  });

  it('counts a queue with the same filters', async () => {
    const { server, report } = await startBackend();
    await report({ title: 'a', priority: 'P1' });
    await report({ title: 'b', priority: 'P1', assignee: 'user:default/mock' });
    const res = await request(server).get(
      '/api/itsm/incidents/counts?unassigned=true',
    );
    expect(res.body).toEqual({
      total: 1,
      byPriority: { P1: 1, P2: 0, P3: 0, P4: 0 },
    });
  });

  it('refuses unknown sorts and filters with a 400 naming them', async () => {
    const { server } = await startBackend();
    for (const [query, field] of [
      ['sort=oldest', 'sort'],
      ['priority=P9', 'priority'],
      ['supportTier=L4', 'supportTier'],
      ['assignee=not a ref', 'assignee'],
      ['reportedBy=not a ref', 'reportedBy'],
      ['reportedBy=', 'reportedBy'],
      ['cursor=garbage', 'cursor'],
    ]) {
      const res = await request(server).get(`/api/itsm/incidents?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
  });

  it.each(['assignee', 'reportedBy'])(
    'refuses %s=me to a service principal',
    async field => {
      const { server } = await startBackend();
      const res = await request(server)
        .get(`/api/itsm/incidents?${field}=me`)
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(`${field}=me needs a signed-in user`);
    },
  );

  it('bulk-assigns, each item on its own: stale versions and unknown ids fail alone', async () => {
    const { server, report } = await startBackend();
    const one = (await report({ title: 'one' })).body;
    const two = (await report({ title: 'two' })).body;
    const res = await request(server)
      .post('/api/itsm/incidents/bulk-assign')
      .send({
        assignmentGroup: 'group:default/dba-team',
        assignee: 'user:default/sam.agent',
        items: [
          { id: one.ref, version: one.version },
          { id: two.ref, version: two.version + 5 },
          { id: 'INC-99', version: 1 },
        ],
      });
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((i: any) => [i.id, i.status, i.incident?.assignee]),
    ).toEqual([
      ['INC-1', 200, 'user:default/sam.agent'],
      ['INC-2', 409, undefined],
      ['INC-99', 404, undefined],
    ]);
    expect(res.body.items[0].incident).toMatchObject({
      assignmentGroup: 'group:default/dba-team',
      supportTier: 'L2',
      version: 2,
    });
  });

  it('refuses a bulk assignment that assigns nothing, or to someone not in the catalog', async () => {
    const { server, report } = await startBackend();
    const one = (await report({ title: 'one' })).body;
    const empty = await request(server)
      .post('/api/itsm/incidents/bulk-assign')
      .send({ items: [{ id: one.ref, version: 1 }] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe(
      'assignmentGroup or assignee is required',
    );
    const ghost = await request(server)
      .post('/api/itsm/incidents/bulk-assign')
      .send({
        assignee: 'user:default/ghost',
        items: [{ id: one.ref, version: 1 }],
      });
    expect(ghost.body.items[0].status).toBe(400);
    expect(ghost.body.items[0].error).toMatch(/assignee/);
  });

  it('keeps work notes apart from public replies', async () => {
    const { server, report } = await startBackend();
    const one = (await report({ title: 'one' })).body;
    const note = await request(server)
      .post(`/api/itsm/incidents/${one.ref}/comments`)
      .send({ body: 'internal', visibility: 'work_note' });
    expect(note.status).toBe(201);
    expect(note.body.visibility).toBe('work_note');
    const bad = await request(server)
      .post(`/api/itsm/incidents/${one.ref}/comments`)
      .send({ body: 'x', visibility: 'secret' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('visibility');
  });

  it("includes a system's components in the system's incidents and counts", async () => {
    const { server, report, refs } = await startBackend();
    await report({
      title: 'component',
      entityRefs: ['component:default/checkout-service'],
      priority: 'P2',
    });
    await report({ title: 'system', entityRefs: ['system:default/payments'] });
    await report({ title: 'elsewhere' });
    expect(await refs('entityRef=system:default/payments')).toEqual([
      'INC-2',
      'INC-1',
    ]);
    const counts = await request(server).get(
      '/api/itsm/incidents/counts?entityRef=system:default/payments',
    );
    expect(counts.body.byPriority).toEqual({ P1: 0, P2: 1, P3: 1, P4: 0 });
    // A component's own list stays its own.
    expect(await refs('entityRef=component:default/checkout-service')).toEqual([
      'INC-1',
    ]);
  });

  it('answers statistics over a range, and a 400 naming a bad range', async () => {
    const { server, report } = await startBackend();
    await report({ title: 'a', priority: 'P1', category: 'network' });
    await report({ title: 'b', channel: 'phone' });
    const stats = await request(server).get(
      '/api/itsm/incidents/statistics?period=day',
    );
    expect(stats.status).toBe(200);
    expect(stats.body.reported).toBe(2);
    expect(
      stats.body.volumes.channel.map((v: any) => [v.key, v.count]),
    ).toEqual([
      ['phone', 1],
      ['portal', 1],
    ]);
    const bad = await request(server).get(
      '/api/itsm/incidents/statistics?from=2026-11-28T00:00:00Z&to=2026-11-01T00:00:00Z',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('to must be after from');
  });

  it('counts a reopened incident in the reopen rate, whether or not it is resolved again', async () => {
    const { server, report } = await startBackend();
    const move = async (ref: string, version: number, body: object) => {
      const res = await request(server)
        .post(`/api/itsm/incidents/${ref}/transitions`)
        .send({ version, ...body });
      expect(res.status).toBe(200);
    };
    const resolution = {
      action: 'resolve',
      resolution: 'Restarted',
      cause: 'A stuck worker',
      verification: 'It answers',
    };
    for (const title of ['a', 'b', 'c', 'd']) {
      const ref = (await report({ title })).body.ref;
      await move(ref, 1, resolution);
    }
    // Two resolutions are rejected; one of them is resolved again.
    await move('INC-1', 2, { action: 'reopen', reason: 'Fails again' });
    await move('INC-2', 2, { action: 'reopen', reason: 'Fails again' });
    await move('INC-2', 3, resolution);

    const stats = await request(server).get(
      '/api/itsm/incidents/statistics?period=day',
    );
    expect(stats.status).toBe(200);
    expect(stats.body.resolved.reopenRate).toBe(0.5);
  });
});
