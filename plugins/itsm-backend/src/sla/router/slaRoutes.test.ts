import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

jest.setTimeout(60_000);

const component = (name: string, extra: object = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...extra },
  spec: {
    type: 'service',
    owner: 'payments-team',
    lifecycle: 'production',
    system: 'payments',
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
});

const patHeader = mockCredentials.user.header('user:default/pat.engineer');
const samHeader = mockCredentials.user.header('user:default/sam.agent');

async function startBackend() {
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({
        entities: [
          component('checkout-service', {
            annotations: { 'itsm/sla': 'gold' },
          }),
          component('ledger-service'),
          {
            ...component('lonely-service'),
            spec: {
              type: 'service',
              owner: 'payments-team',
              lifecycle: 'production',
            },
          },
          component('billing-batch', {
            annotations: {
              'itsm/sla': 'gold',
              // Every day 00:00-01:00 UTC.
              'itsm/maintenance-windows': JSON.stringify([
                {
                  name: 'Nightly batch',
                  start: '2026-01-01T00:00:00Z',
                  duration: 'PT1H',
                  rrule: 'FREQ=DAILY',
                },
              ]),
            },
          }),
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'System',
            metadata: { name: 'payments', namespace: 'default' },
            spec: { owner: 'payments-team' },
          },
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Group',
            metadata: { name: 'payments-team', namespace: 'default' },
            spec: { type: 'team', children: [] },
          },
        ],
      }),
      mockServices.database.factory(),
      mockServices.rootConfig.factory({
        data: {
          itsm: {
            sla: {
              agreements: [
                {
                  id: 'gold',
                  name: 'Payments Gold',
                  objectives: { P2: { response: '30m', restore: '4h' } },
                },
                {
                  id: 'payments',
                  name: 'Payments Platform',
                  systems: ['payments'],
                  objectives: { P2: { response: '1h', restore: '8h' } },
                },
              ],
            },
          },
        },
      }),
    ],
  });
  const as = (auth: string) => ({
    get: (path: string) =>
      request(server).get(`/api/itsm${path}`).set('Authorization', auth),
    post: (path: string, body: object) =>
      request(server)
        .post(`/api/itsm${path}`)
        .set('Authorization', auth)
        .send(body),
  });
  return { pat: as(patHeader), sam: as(samHeader) };
}

const report = (entity: string) => ({
  title: 'Checkout fails',
  description: 'HTTP 500',
  entityRefs: [`component:default/${entity}`],
  priority: 'P2',
});

describe('incident SLA clocks', () => {
  it('starts response and restore under the agreement the entity picks', async () => {
    const { pat } = await startBackend();
    const incident = (await pat.post('/incidents', report('checkout-service')))
      .body;
    const clocks = await pat.get(`/incidents/${incident.ref}/sla`);
    expect(clocks.status).toBe(200);
    expect(clocks.body.items).toEqual([
      expect.objectContaining({
        kind: 'response',
        agreement: { id: 'gold', name: 'Payments Gold' },
        priority: 'P2',
        calendar: '24x7',
        targetMinutes: 30,
        phase: 'running',
        crossed: 0,
        idle: [],
      }),
      expect.objectContaining({
        kind: 'restore',
        targetMinutes: 240,
        phase: 'running',
      }),
    ]);
    const [response] = clocks.body.items;
    expect(Date.parse(response.dueAt) - Date.parse(response.startedAt)).toBe(
      30 * 60_000,
    );
    expect(response.elapsedMinutes).toBeLessThan(1);
    expect(response.remainingMinutes).toBeGreaterThan(29);
  });

  it("falls back to the system's agreement, and moves the clocks with the workflow and the agent's reply", async () => {
    const { pat, sam } = await startBackend();
    const incident = (await pat.post('/incidents', report('ledger-service')))
      .body;
    const clocksOf = async () =>
      (await pat.get(`/incidents/${incident.ref}/sla`)).body.items;
    expect((await clocksOf())[0].agreement.id).toBe('payments');

    // The reporter's own comment answers nothing; the agent's reply does.
    await pat.post(`/incidents/${incident.ref}/comments`, {
      body: 'Any news?',
    });
    expect((await clocksOf())[0].phase).toBe('running');
    await sam.post(`/incidents/${incident.ref}/comments`, {
      body: 'Looking into it',
    });
    const [response] = await clocksOf();
    expect(response).toMatchObject({ phase: 'stopped', met: true });

    const started = await sam.post(`/incidents/${incident.ref}/transitions`, {
      action: 'start',
      version: incident.version,
    });
    const held = await sam.post(`/incidents/${incident.ref}/transitions`, {
      action: 'hold',
      version: started.body.version,
      holdReason: 'vendor',
    });
    expect(held.status).toBe(200);
    const restore = (await clocksOf())[1];
    expect(restore).toMatchObject({ phase: 'paused' });
    expect(restore.dueAt).toBeUndefined();
    expect(restore.idle).toEqual([
      { start: expect.any(String), reason: 'paused' },
    ]);
  });

  it("stands the clocks during the entity's maintenance windows", async () => {
    const { pat } = await startBackend();
    const incident = (await pat.post('/incidents', report('billing-batch')))
      .body;
    const [, restore] = (await pat.get(`/incidents/${incident.ref}/sla`)).body
      .items;
    const windows = restore.idle.filter(
      (span: { reason: string }) => span.reason === 'maintenance',
    );
    expect(windows.length).toBeGreaterThanOrEqual(89);
    expect(windows[1]).toMatchObject({
      start: expect.stringMatching(/T00:00:00.000Z$/),
      end: expect.stringMatching(/T01:00:00.000Z$/),
    });
    // Four hours around the clock, not counting the nightly hours between.
    const started = Date.parse(restore.startedAt);
    const due = Date.parse(restore.dueAt);
    const standing = windows
      .map((w: { start: string; end: string }) =>
        Math.max(
          0,
          Math.min(Date.parse(w.end), due) -
            Math.max(Date.parse(w.start), started),
        ),
      )
      .reduce((a: number, b: number) => a + b, 0);
    expect(due - started - standing).toBe(4 * 3_600_000);
  });

  it('reports compliance, at-risk incidents and satisfaction over a range, naming a bad parameter', async () => {
    const { pat } = await startBackend();
    await pat.post('/incidents', report('checkout-service'));
    await pat.post('/incidents', report('ledger-service'));
    const answer = await pat.get('/sla/report');
    expect(answer.status).toBe(200);
    expect(answer.body.compliance.restore.overall).toEqual({
      met: 0,
      breached: 0,
      pending: 2,
      percent: null,
    });
    expect(
      answer.body.compliance.restore.byAgreement.map(
        (r: { key: string }) => r.key,
      ),
    ).toEqual(['Payments Gold', 'Payments Platform']);
    expect(answer.body.atRisk).toEqual([]);

    const one = await pat.get(
      `/sla/report?entityRef=${encodeURIComponent(
        'component:default/ledger-service',
      )}`,
    );
    expect(one.body.compliance.restore.overall.pending).toBe(1);

    const range = (from: string, to: string) =>
      pat.get(
        `/sla/report?from=${encodeURIComponent(from)}&to=${encodeURIComponent(
          to,
        )}`,
      );
    const backwards = await range(
      '2026-12-01T00:00:00Z',
      '2026-11-01T00:00:00Z',
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toBe('to must be after from');
    const long = await range('2024-01-01T00:00:00Z', '2026-11-01T00:00:00Z');
    expect(long.body.error.message).toMatch(/at most 400 days apart/);
    const garbled = await pat.get('/sla/report?from=yesterday');
    expect(garbled.status).toBe(400);
    expect(garbled.body.error.message).toMatch(/from/);
  });

  it("tells an entity's agreement with its objectives, and which rule chose it", async () => {
    const { pat } = await startBackend();
    const gold = await pat.get(
      `/sla/agreement?entityRef=${encodeURIComponent(
        'component:checkout-service',
      )}`,
    );
    expect(gold.status).toBe(200);
    expect(gold.body).toEqual({
      entityRef: 'component:default/checkout-service',
      id: 'gold',
      name: 'Payments Gold',
      match: 'annotation',
      objectives: [
        {
          priority: 'P2',
          responseMinutes: 30,
          restoreMinutes: 240,
          calendar: '24x7',
        },
      ],
    });
    const system = await pat.get(
      `/sla/agreement?entityRef=${encodeURIComponent(
        'component:ledger-service',
      )}`,
    );
    expect(system.body).toMatchObject({ id: 'payments', match: 'system' });
    // The system named in the agreement's systems, itself.
    const itself = await pat.get(
      '/sla/agreement?entityRef=system:default/payments',
    );
    expect(itself.status).toBe(200);
    expect(itself.body).toMatchObject({ id: 'payments', match: 'system' });
    const unknown = await pat.get(
      '/sla/agreement?entityRef=component:default/ghost',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe(
      "entityRef 'component:default/ghost' is not in the catalog",
    );
    const none = await pat.get(
      `/sla/agreement?entityRef=${encodeURIComponent(
        'component:lonely-service',
      )}`,
    );
    expect(none.status).toBe(404);
    expect(none.body.error.message).toBe(
      'No service level agreement covers component:default/lonely-service',
    );
  });

  it("records reviews of an entity's agreement with the period's figures, and names what is wrong", async () => {
    const { pat } = await startBackend();
    await pat.post('/incidents', report('checkout-service'));
    const reviewed = await pat.post('/sla/reviews', {
      entityRef: 'component:default/checkout-service',
      decision: 'revise',
      notes: 'Restore target too tight for P2 at night',
    });
    expect(reviewed.status).toBe(201);
    expect(reviewed.body).toMatchObject({
      entityRef: 'component:default/checkout-service',
      agreementId: 'gold',
      decision: 'revise',
      reviewedBy: 'user:default/pat.engineer',
      figures: { restore: { met: 0, breached: 0, pending: 1 } },
    });
    expect(
      Date.parse(reviewed.body.period.to) -
        Date.parse(reviewed.body.period.from),
    ).toBe(90 * 24 * 3_600_000);
    const listed = await pat.get(
      `/sla/reviews?entityRef=${encodeURIComponent(
        'component:checkout-service',
      )}`,
    );
    expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([
      reviewed.body.id,
    ]);

    const bad = await pat.post('/sla/reviews', {
      entityRef: 'component:default/checkout-service',
      decision: 'shrug',
      notes: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/decision/);
    const blank = await pat.post('/sla/reviews', {
      entityRef: 'component:default/checkout-service',
      decision: 'keep',
      notes: '  ',
    });
    expect(blank.status).toBe(400);
    expect(blank.body.error.message).toMatch(/^notes/);
    const uncovered = await pat.post('/sla/reviews', {
      entityRef: 'component:default/lonely-service',
      decision: 'keep',
      notes: 'Fine',
    });
    expect(uncovered.status).toBe(400);
    expect(uncovered.body.error.message).toBe(
      'entityRef: No service level agreement covers component:default/lonely-service',
    );
    const unknown = await pat.post('/sla/reviews', {
      entityRef: 'component:default/ghost',
      decision: 'keep',
      notes: 'Fine',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/entityRef/);
  });

  it('runs the clocks of the agreement naming a system on an incident of the system itself', async () => {
    const { pat } = await startBackend();
    const incident = (
      await pat.post('/incidents', {
        ...report('checkout-service'),
        entityRefs: ['system:default/payments'],
      })
    ).body;
    const clocks = await pat.get(`/incidents/${incident.ref}/sla`);
    expect(clocks.body.items[0]).toMatchObject({
      kind: 'response',
      agreement: { id: 'payments', name: 'Payments Platform' },
      targetMinutes: 60,
    });
  });

  it('answers 404 for an incident that does not exist', async () => {
    const { pat } = await startBackend();
    expect((await pat.get('/incidents/INC-99/sla')).status).toBe(404);
  });
});
