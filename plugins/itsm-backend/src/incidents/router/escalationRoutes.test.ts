import { createServiceFactory } from '@backstage/backend-plugin-api';
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

const group = (name: string, extra: object = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', ...extra },
  spec: { type: 'team', children: [] },
});
const user = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: {},
});

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default' },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
  },
  group('engineering', {
    annotations: { 'itsm/lead': 'user:default/carl.cto' },
  }),
  // No lead of its own: the parent's lead decides.
  {
    ...group('payments-team'),
    spec: { type: 'team', parent: 'engineering', children: [] },
  },
  group('dba-team'),
  group('service-desk'),
  ...['sam.agent', 'carl.cto', 'dan.dba', 'mock'].map(user),
];

const as = (ref: string) => mockCredentials.user.header(ref);
const sam = as('user:default/sam.agent');
const carl = as('user:default/carl.cto');

async function startBackend() {
  const sent: NotificationSendOptions[] = [];
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
      mockServices.rootConfig.factory({
        data: {
          itsm: {
            incidents: {
              majorIncidentRecipients: ['group:default/it-operations'],
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
  const created = await request(server)
    .post('/api/itsm/incidents')
    .set('Authorization', sam)
    .send({
      title: 'Checkout fails',
      description: 'HTTP 500',
      entityRefs: ['component:default/checkout-service'],
      priority: 'P3',
    });
  expect(created.status).toBe(201);
  return { server, sent, incident: created.body };
}

describe('escalation routes', () => {
  it('hands an incident to another group and records why', async () => {
    const { server, incident } = await startBackend();
    const res = await request(server)
      .post(`/api/itsm/incidents/${incident.ref}/escalations`)
      .set('Authorization', sam)
      .send({
        version: incident.version,
        assignmentGroup: 'group:default/dba-team',
        supportTier: 'L3',
        reason: 'The database refuses connections',
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      assignmentGroup: 'group:default/dba-team',
      supportTier: 'L3',
      version: incident.version + 1,
    });
    const timeline = await request(server)
      .get(`/api/itsm/incidents/${incident.ref}/timeline`)
      .set('Authorization', sam);
    expect(timeline.body.items.at(-1)).toMatchObject({
      kind: 'escalated',
      data: { type: 'functional', reason: 'The database refuses connections' },
    });
  });

  it("raises the priority only with the lead's approval, found up the group hierarchy, and tells management of the P1", async () => {
    const { server, sent, incident } = await startBackend();
    const raise = await request(server)
      .patch(`/api/itsm/incidents/${incident.ref}`)
      .set('Authorization', sam)
      .send({ version: incident.version, priority: 'P1' });
    expect(raise.status).toBe(400);
    expect(raise.body.error.message).toMatch(
      /^priority: raising INC-1 from P3 to P1 needs the approval of its group's lead/,
    );

    const asked = await request(server)
      .post(`/api/itsm/incidents/${incident.ref}/priority-requests`)
      .set('Authorization', sam)
      .send({
        version: incident.version,
        priority: 'P1',
        reason: 'All EU payments fail',
      });
    expect(asked.status).toBe(200);
    expect(asked.body.priority).toBe('P3');
    expect(asked.body.priorityRequest).toMatchObject({
      priority: 'P1',
      lead: 'user:default/carl.cto',
      group: 'group:default/payments-team',
    });

    const notLead = await request(server)
      .post(`/api/itsm/incidents/${incident.ref}/priority-requests/decision`)
      .set('Authorization', sam)
      .send({
        version: asked.body.version,
        decision: 'approve',
        comment: 'sure',
      });
    expect(notLead.status).toBe(403);

    const approved = await request(server)
      .post(`/api/itsm/incidents/${incident.ref}/priority-requests/decision`)
      .set('Authorization', carl)
      .send({
        version: asked.body.version,
        decision: 'approve',
        comment: 'Go',
        assignee: 'user:default/dan.dba',
        plan: 'Fail over to the replica',
      });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      priority: 'P1',
      assignee: 'user:default/dan.dba',
      plan: 'Fail over to the replica',
    });
    expect(approved.body.priorityRequest).toBeUndefined();

    // Notifications go out after the answer: wait for them.
    await new Promise(resolve => setTimeout(resolve, 50));
    const titles = sent.map(s => [s.recipients, s.payload.title]);
    expect(titles).toContainEqual([
      {
        type: 'entity',
        entityRef: ['user:default/carl.cto'],
        excludeEntityRef: 'user:default/sam.agent',
      },
      'Approve raising INC-1 to P1?',
    ]);
    expect(titles).toContainEqual([
      {
        type: 'entity',
        entityRef: ['group:default/it-operations'],
        excludeEntityRef: 'user:default/carl.cto',
      },
      'P1 incident: INC-1: Checkout fails',
    ]);
  });

  it('lowers the priority without approval', async () => {
    const { server, incident } = await startBackend();
    const res = await request(server)
      .patch(`/api/itsm/incidents/${incident.ref}`)
      .set('Authorization', sam)
      .send({ version: incident.version, priority: 'P4' });
    expect(res.status).toBe(200);
    expect(res.body.priority).toBe('P4');
  });

  it('runs the major incident procedure: declared, resolved, reviewed, then closed by the reporter', async () => {
    const { server } = await startBackend();
    const p1 = (
      await request(server)
        .post('/api/itsm/incidents')
        .set('Authorization', sam)
        .send({
          title: 'Payments down',
          description: '',
          entityRefs: [],
          priority: 'P1',
        })
    ).body;
    const declared = await request(server)
      .post(`/api/itsm/incidents/${p1.ref}/major`)
      .set('Authorization', sam)
      .send({ version: p1.version, reason: 'Revenue loss' });
    expect(declared.status).toBe(200);
    expect(declared.body.major).toMatchObject({ reason: 'Revenue loss' });

    const resolved = await request(server)
      .post(`/api/itsm/incidents/${p1.ref}/transitions`)
      .set('Authorization', sam)
      .send({
        version: declared.body.version,
        action: 'resolve',
        resolution: 'Rolled back',
        cause: 'Bad release',
        verification: 'Payments go through',
      });
    const closeEarly = await request(server)
      .post(`/api/itsm/incidents/${p1.ref}/transitions`)
      .set('Authorization', sam)
      .send({ version: resolved.body.version, action: 'close' });
    expect(closeEarly.status).toBe(409);
    expect(closeEarly.body.error.message).toMatch(
      /A major incident cannot close before its post-incident review/,
    );

    const reviewed = await request(server)
      .post(`/api/itsm/incidents/${p1.ref}/review`)
      .set('Authorization', sam)
      .send({
        version: resolved.body.version,
        summary: 'Payments failed for 40 minutes',
        impact: 'All EU card payments',
        timeline: '10:02 alert, 10:42 rollback',
        rootCause: 'Release 1.4.2',
        followUpActions: 'Canary releases',
      });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.review).toMatchObject({ rootCause: 'Release 1.4.2' });

    const closed = await request(server)
      .post(`/api/itsm/incidents/${p1.ref}/transitions`)
      .set('Authorization', sam)
      .send({ version: reviewed.body.version, action: 'close', rating: 4 });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'closed',
      satisfactionRating: 4,
    });
  });

  it('refuses a review with a missing part, naming it', async () => {
    const { server, incident } = await startBackend();
    const res = await request(server)
      .post(`/api/itsm/incidents/${incident.ref}/review`)
      .set('Authorization', sam)
      .send({ version: incident.version, summary: 's' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/impact/);
  });
});
