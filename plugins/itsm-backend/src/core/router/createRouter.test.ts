import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { StoredRecord } from '../database/RecordStore';
import { RecordConflictError } from '../services/RecordConflictError';
import { RequestContext } from '../services/RecordService';
import { mockRecordService } from '../__testUtils__/mockRecordService';
import { createRouter } from './createRouter';
import { mountIncidentRoutes } from '../../incidents/router/incidentsRouter';
import { presentIncident } from '../../incidents/router/incidentPresenters';
import { IncidentStatisticsStore } from '../../incidents/database/IncidentStatisticsStore';

const record: StoredRecord = {
  id: '6f1c1d5e-5b7a-4a57-9a3e-1d0f2b0c9a11',
  type: 'incident',
  number: 12,
  ref: 'INC-12',
  title: 'Checkout fails',
  description: 'HTTP 500 on /pay',
  state: 'resolved',
  priority: 'P2',
  version: 4,
  fields: { resolution: 'Rolled back 1.4.2', internal: 'not for the API' },
  entityRefs: ['component:default/checkout-service'],
  reportedBy: 'user:default/pat.engineer',
  reopenCount: 0,
  escalationCount: 0,
  createdBy: 'user:default/pat.engineer',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:30:00.000Z',
  resolvedAt: '2026-11-28T10:30:00.000Z',
};

/** The record as the API shows an incident. */
const incident = {
  id: record.id,
  ref: 'INC-12',
  type: 'incident',
  version: 4,
  state: 'resolved',
  title: 'Checkout fails',
  description: 'HTTP 500 on /pay',
  priority: 'P2',
  entityRefs: ['component:default/checkout-service'],
  resolution: 'Rolled back 1.4.2',
  reportedBy: 'user:default/pat.engineer',
  createdBy: 'user:default/pat.engineer',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:30:00.000Z',
  resolvedAt: '2026-11-28T10:30:00.000Z',
};

/** The same, with what the caller may do (the mocked service's answer). */
const incidentForCaller = {
  ...incident,
  allowed: { update: true, comment: false, workNote: false, respond: false },
};

const report = {
  title: 'Checkout returns 500',
  description: 'Since 10:02 every payment fails',
  entityRefs: ['component:default/checkout-service'],
  priority: 'P2',
};

// Each test builds the router, which compiles the validators of the whole
// contract (every process's part): seconds on a busy machine.
jest.setTimeout(30_000);

async function setup() {
  const records = mockRecordService();
  records.allowedActions.mockImplementation(
    async (recs: StoredRecord[], _ctx: RequestContext) =>
      new Map(
        recs.map(r => [
          r.id,
          { update: true, comment: false, workNote: false, respond: false },
        ]),
      ),
  );
  const httpAuth = mockServices.httpAuth();
  const userInfo = mockServices.userInfo();
  const router = await createRouter({
    // The other processes' routes are exercised in their own tests.
    routes: [
      r =>
        mountIncidentRoutes(r, {
          records,
          // Statistics are exercised in serviceDeskRoutes.test.ts.
          statistics: {} as IncidentStatisticsStore,
          httpAuth,
          userInfo,
        }),
    ],
    // The incidents' presenter, as their module registers it.
    presentRecord: presentIncident,
  });
  const app = express().use(router).use(mockErrorHandler());
  return { records, app };
}

/** The context the service was called with (always its last argument). */
function contextOf(mock: jest.MockInstance<any, any[]>) {
  const args = mock.mock.calls[0];
  return args[args.length - 1];
}

describe('createRouter', () => {
  describe('refuses bodies with properties the contract does not know', () => {
    it.each([
      ['post', '/incidents', { ...report, severity: 'high' }, 'create'],
      ['patch', '/incidents/INC-12', { version: 4, state: 'closed' }, 'update'],
      [
        'post',
        '/incidents/INC-12/transitions',
        { action: 'resolve', version: 4, resolution: 'x', to: 'closed' },
        'transition',
      ],
      [
        'post',
        '/incidents/INC-12/comments',
        { body: 'hi', actor: 'user:default/ceo' },
        'comment',
      ],
      [
        'post',
        '/incidents/INC-12/links',
        { target: 'INC-1', kind: 'fixes', createdBy: 'x' },
        'link',
      ],
    ] as const)('%s %s', async (method, path, body, call) => {
      const { app, records } = await setup();
      const res = await request(app)[method](path).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(records[call]).not.toHaveBeenCalled();
    });
  });

  it('refuses a transition without a version', async () => {
    const { app, records } = await setup();
    const res = await request(app)
      .post('/incidents/INC-12/transitions')
      .send({ action: 'close' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/version/);
    expect(records.transition).not.toHaveBeenCalled();
  });

  describe('a lost race', () => {
    it.each([
      ['patch', '/incidents/INC-12', { version: 3, priority: 'P1' }, 'update'],
      [
        'post',
        '/incidents/INC-12/transitions',
        { action: 'close', version: 3 },
        'transition',
      ],
    ] as const)(
      'on %s %s answers 409 with the current record as an incident',
      async (method, path, body, call) => {
        const { app, records } = await setup();
        records[call].mockRejectedValue(new RecordConflictError(record));
        const res = await request(app)[method](path).send(body);
        expect(res.status).toBe(409);
        expect(res.body).toEqual({
          error: {
            name: 'ConflictError',
            message:
              'INC-12 was changed by someone else; it is now at version 4 (Resolved)',
          },
          request: { method: method.toUpperCase(), url: path },
          response: { statusCode: 409 },
          current: incident,
        });
      },
    );
  });

  it.each([
    [new NotFoundError('No incident INC-99'), 404],
    [new NotAllowedError('You may not see INC-99'), 403],
  ])('passes other service errors on: %p gives %p', async (error, status) => {
    const { app, records } = await setup();
    records.get.mockRejectedValue(error);
    const res = await request(app).get('/incidents/INC-99');
    expect(res.status).toBe(status);
    expect(res.body.error.message).toBe(error.message);
    expect(res.body.current).toBeUndefined();
  });

  describe('GET /incidents', () => {
    it.each([
      ['?state=new&state=resolved', ['new', 'resolved']],
      ['?state=new', ['new']],
      ['', undefined],
    ])('hands %p to the service as the states %p', async (query, states) => {
      const { app, records } = await setup();
      records.list.mockResolvedValue({ records: [] });
      const res = await request(app).get(`/incidents${query}`);
      expect(res.status).toBe(200);
      expect(records.list).toHaveBeenCalledWith(
        'incident',
        expect.objectContaining({ states }),
        expect.anything(),
      );
    });

    it('hands over the entity, the page size as a number and the cursor', async () => {
      const { app, records } = await setup();
      records.list.mockResolvedValue({ records: [] });
      await request(app).get('/incidents').query({
        entityRef: 'component:default/checkout-service',
        limit: 5,
        cursor: 'eyJiZWZvcmUiOjEyfQ',
      });
      expect(records.list).toHaveBeenCalledWith(
        'incident',
        {
          entityRef: 'component:default/checkout-service',
          states: undefined,
          limit: 5,
          cursor: 'eyJiZWZvcmUiOjEyfQ',
        },
        expect.objectContaining({ credentials: mockCredentials.user() }),
      );
    });

    it.each(['0', '101', 'ten'])('refuses the page size %p', async limit => {
      const { app, records } = await setup();
      const res = await request(app).get('/incidents').query({ limit });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/limit/);
      expect(records.list).not.toHaveBeenCalled();
    });

    it('refuses query parameters the contract does not know', async () => {
      const { app, records } = await setup();
      const res = await request(app).get('/incidents?owner=me');
      expect(res.status).toBe(400);
      expect(records.list).not.toHaveBeenCalled();
    });

    it('presents the page, with nextCursor only when another page follows', async () => {
      const { app, records } = await setup();
      records.list.mockResolvedValueOnce({
        records: [record],
        nextCursor: 'next',
      });
      const more = await request(app).get('/incidents');
      expect(more.body).toEqual({
        items: [incidentForCaller],
        nextCursor: 'next',
      });
      records.list.mockResolvedValueOnce({ records: [record] });
      const last = await request(app).get('/incidents');
      expect(last.body).toEqual({ items: [incidentForCaller] });
    });
  });

  describe('GET /incidents/counts', () => {
    it.each([
      ['?state=new&state=in_progress', ['new', 'in_progress']],
      ['?state=new', ['new']],
      ['', undefined],
    ])('hands %p to the service as the states %p', async (query, states) => {
      const { app, records } = await setup();
      const counts = { total: 3, byPriority: { P1: 1, P2: 2, P3: 0, P4: 0 } };
      records.counts.mockResolvedValue(counts);
      const res = await request(app).get(`/incidents/counts${query}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(counts);
      expect(records.counts).toHaveBeenCalledWith(
        'incident',
        { entityRef: undefined, states },
        expect.anything(),
      );
      expect(records.get).not.toHaveBeenCalled();
    });
  });

  describe('POST /incidents', () => {
    it('answers 201 for a new incident', async () => {
      const { app, records } = await setup();
      records.create.mockResolvedValue({ record, created: true });
      const res = await request(app).post('/incidents').send(report);
      expect(res.status).toBe(201);
      expect(res.body).toEqual(incidentForCaller);
      expect(records.create).toHaveBeenCalledWith(
        'incident',
        report,
        expect.anything(),
      );
      expect(contextOf(records.create).idempotencyKey).toBeUndefined();
    });

    it('answers 200 with the first incident for a repeated request', async () => {
      const { app, records } = await setup();
      records.create.mockResolvedValue({ record, created: false });
      const res = await request(app)
        .post('/incidents')
        .set('Idempotency-Key', 'form-42')
        .send(report);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(incidentForCaller);
    });

    it('hands the Idempotency-Key and the caller to the service', async () => {
      const { app, records } = await setup();
      records.create.mockResolvedValue({ record, created: true });
      await request(app)
        .post('/incidents')
        .set('Idempotency-Key', 'form-42')
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/sam.agent'),
        )
        .send(report);
      const ctx = contextOf(records.create);
      expect(ctx.idempotencyKey).toBe('form-42');
      expect(ctx.credentials.principal).toMatchObject({
        type: 'user',
        userEntityRef: 'user:default/sam.agent',
      });
    });

    it('refuses callers without credentials', async () => {
      const { app, records } = await setup();
      const res = await request(app)
        .post('/incidents')
        .set('Authorization', mockCredentials.none.header())
        .send(report);
      expect(res.status).toBe(401);
      expect(records.create).not.toHaveBeenCalled();
    });
  });

  it('hands the id, the body and the caller of a transition to the service', async () => {
    const { app, records } = await setup();
    records.transition.mockResolvedValue(record);
    const body = {
      action: 'resolve',
      version: 3,
      resolution: 'Rolled back 1.4.2',
    };
    const res = await request(app)
      .post('/incidents/INC-12/transitions')
      .send(body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(incidentForCaller);
    expect(records.transition).toHaveBeenCalledWith(
      'incident',
      'INC-12',
      body,
      expect.objectContaining({ credentials: mockCredentials.user() }),
    );
  });

  it('answers a comment with 201 and its timeline event', async () => {
    const { app, records } = await setup();
    const event = {
      id: '7',
      recordId: record.id,
      kind: 'comment' as const,
      actor: 'user:default/mock',
      createdAt: '2026-11-28T10:40:00.000Z',
      data: { body: 'Looking' },
      visibility: 'public' as const,
    };
    records.comment.mockResolvedValue(event);
    const res = await request(app)
      .post('/incidents/INC-12/comments')
      .send({ body: 'Looking' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(event);
    expect(records.comment).toHaveBeenCalledWith(
      'incident',
      'INC-12',
      { body: 'Looking' },
      expect.anything(),
    );
  });

  it('answers /health', async () => {
    const { app } = await setup();
    const res = await request(app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
});
