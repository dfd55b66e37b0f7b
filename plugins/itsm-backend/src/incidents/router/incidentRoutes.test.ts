import request from 'supertest';
import {
  report,
  startPluginBackend as startBackend,
} from '../../__testUtils__/startPluginBackend';

jest.setTimeout(60_000);

describe('itsm backend plugin', () => {
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
    // The timeline keeps who logged it, and says whom it is for.
    const logged = await request(server).get(
      `/api/itsm/incidents/${phoneCall.body.ref}/timeline`,
    );
    expect(logged.body.items[0]).toMatchObject({
      kind: 'created',
      actor: 'user:default/mock',
      data: { reportedBy: 'user:default/wes.web', channel: 'phone' },
    });
  });

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
});
