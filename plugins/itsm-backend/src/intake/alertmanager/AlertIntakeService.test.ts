import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startIntakeBackend } from '../__testUtils__/startIntakeBackend';
import firing from './__fixtures__/high-latency-firing.json';
import firingMore from './__fixtures__/high-latency-firing-more.json';
import resolved from './__fixtures__/high-latency-resolved.json';
import ledgerWarning from './__fixtures__/ledger-db-warning.json';
import ledgerCritical from './__fixtures__/ledger-db-critical.json';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
/** A service token, as a static `externalAccess` token with that subject. */
const ALERTMANAGER = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:alertmanager'),
  targetPluginId: 'itsm',
});
const URL = '/api/itsm/intake/alertmanager';

/** Alertmanager's HTTP POST of a notification, with its service token. */
function deliver(server: any, payload: unknown) {
  return request(server)
    .post(URL)
    .set('Authorization', ALERTMANAGER)
    .send(payload as object);
}

async function incidents(server: any): Promise<any[]> {
  const res = await request(server).get('/api/itsm/incidents');
  return res.body.items;
}

async function timeline(server: any, ref: string): Promise<any[]> {
  const res = await request(server).get(`/api/itsm/incidents/${ref}/timeline`);
  return res.body.items;
}

describe.each(databases.eachSupportedId())('Alertmanager intake on %p', id => {
  it('opens one incident per group; a repeated delivery changes nothing', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const first = await deliver(server, firing);
    expect(first.status).toBe(201);
    expect(first.body.outcome).toBe('created');
    expect(first.body.incident).toMatchObject({
      title: 'HighLatency: Checkout p95 latency above 2s',
      state: 'new',
      priority: 'P1',
      channel: 'monitoring',
      entityRefs: ['component:default/checkout-service'],
      assignmentGroup: 'group:default/payments-team',
      occurredAt: '2026-11-24T10:02:13.338Z',
      createdBy: 'service:external:alertmanager',
    });

    const again = await deliver(server, firing);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      outcome: 'unchanged',
      incident: { id: first.body.incident.id, version: 1 },
    });
    expect(await incidents(server)).toHaveLength(1);
    const events = await timeline(server, first.body.incident.ref);
    expect(events.map(e => e.kind)).toEqual(['created']);
  });

  it('makes exactly one incident of 10 concurrent deliveries of a new group', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => deliver(server, firing)),
    );
    expect(results.map(r => r.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect(new Set(results.map(r => r.body.incident.id)).size).toBe(1);
    const list = await incidents(server);
    expect(list).toHaveLength(1);
    expect((await timeline(server, list[0].ref)).length).toBe(1);
  });

  it('notes new alerts on the same incident and raises its priority', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const created = await deliver(server, ledgerWarning);
    expect(created.body.incident).toMatchObject({
      priority: 'P3',
      entityRefs: ['resource:default/ledger-db'],
      assignmentGroup: 'group:default/dba-team',
    });
    const ref = created.body.incident.ref;

    const worse = await deliver(server, ledgerCritical);
    expect(worse.status).toBe(200);
    expect(worse.body).toMatchObject({
      outcome: 'updated',
      incident: { ref, priority: 'P1' },
    });
    // Concurrent repeats of the same change are noted once.
    const repeats = await Promise.all(
      Array.from({ length: 5 }, () => deliver(server, ledgerCritical)),
    );
    expect(repeats.map(r => r.body.outcome)).toEqual(
      Array(5).fill('unchanged'),
    );
    expect(await incidents(server)).toHaveLength(1);
    const events = await timeline(server, ref);
    expect(events.map(e => e.kind)).toEqual(['created', 'updated', 'comment']);
    expect(events[1].data.changes).toEqual([
      { field: 'priority', from: 'P3', to: 'P1' },
    ]);
    expect(events[2].data.body).toContain(
      '- new: PostgresReplicationLag [critical] e2a9f7c3105b8d64',
    );
    expect(events[2].actor).toBe('service:external:alertmanager');
  });

  it('resolves by monitoring pending verification, and reopens when alerts fire again', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const { ref } = (await deliver(server, firing)).body.incident;
    expect((await deliver(server, firingMore)).body.outcome).toBe('updated');

    const done = await deliver(server, resolved);
    expect(done.status).toBe(200);
    expect(done.body.outcome).toBe('resolved');
    expect(done.body.incident).toMatchObject({
      ref,
      state: 'resolved',
      resolvedBy: 'monitoring',
      resolution:
        'Resolved by monitoring: Alertmanager reported every alert of the group resolved (last ended 24 Nov 2026, 10:33 UTC).',
      cause: 'Not yet analysed',
      verification: 'Pending verification by an agent',
      resolvedAt: expect.any(String),
    });
    expect((await deliver(server, resolved)).body.outcome).toBe('unchanged');

    const back = await deliver(server, firingMore);
    expect(back.body).toMatchObject({
      outcome: 'reopened',
      incident: { ref, state: 'in_progress' },
    });
    expect(back.body.incident.resolvedBy).toBeUndefined();
    const events = await timeline(server, ref);
    expect(events.map(e => e.kind)).toEqual([
      'created',
      'comment',
      'transition',
      'transition',
    ]);
    expect(events[2].data).toMatchObject({
      action: 'resolve',
      resolvedBy: 'monitoring',
      comment: expect.stringContaining('- resolved: HighLatency'),
    });
    expect(events[3].data).toMatchObject({
      action: 'reopen',
      to: 'in_progress',
    });
  });

  it('only notes the resolution on an incident that is on hold', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const { ref } = (await deliver(server, firingMore)).body.incident;
    await request(server)
      .post(`/api/itsm/incidents/${ref}/transitions`)
      .send({ action: 'start', version: 1 });
    await request(server)
      .post(`/api/itsm/incidents/${ref}/transitions`)
      .send({ action: 'hold', version: 2, holdReason: 'vendor' });
    const res = await deliver(server, resolved);
    expect(res.body).toMatchObject({
      outcome: 'updated',
      incident: { state: 'on_hold' },
    });
    const events = await timeline(server, ref);
    expect(events[events.length - 1].data.body).toContain(
      'the incident is On hold, so monitoring did not resolve it',
    );
  });

  it('opens a new incident when the group fires after its incident was closed or cancelled', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const first = (await deliver(server, firingMore)).body.incident;
    const done = (await deliver(server, resolved)).body.incident;
    // Confirmed by the reporter (here the monitoring service itself).
    const closed = await request(server)
      .post(`/api/itsm/incidents/${first.ref}/transitions`)
      .set('Authorization', ALERTMANAGER)
      .send({ action: 'close', version: done.version });
    expect(closed.body.state).toBe('closed');

    expect((await deliver(server, resolved)).body.outcome).toBe('ignored');
    const second = await deliver(server, firingMore);
    expect(second.status).toBe(201);
    expect(second.body.incident.ref).not.toBe(first.ref);
    expect((await deliver(server, firingMore)).body.outcome).toBe('unchanged');

    const cancelled = await request(server)
      .post(`/api/itsm/incidents/${second.body.incident.ref}/transitions`)
      .send({ action: 'cancel', version: 1, reason: 'Duplicate of INC-1' });
    expect(cancelled.body.state).toBe('cancelled');
    const third = await deliver(server, firingMore);
    expect(third.status).toBe(201);
    expect(
      new Set([first.ref, second.body.incident.ref, third.body.incident.ref])
        .size,
    ).toBe(3);
    expect(await incidents(server)).toHaveLength(3);
  });

  it('ignores resolved alerts of a group without an incident', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const res = await deliver(server, resolved);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ outcome: 'ignored' });
    expect(await incidents(server)).toHaveLength(0);
  });

  it('maps severities to priorities as configured', async () => {
    const { server } = await startIntakeBackend(databases, id, {
      itsm: { alerts: { severityPriority: { warning: 'P2' } } },
    });
    const res = await deliver(server, ledgerWarning);
    expect(res.body.incident.priority).toBe('P2');
  });

  it('opens an incident from an alert with NUL characters, each replaced by U+FFFD', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const withNul = JSON.parse(JSON.stringify(firing));
    withNul.groupKey = `${firing.groupKey}\u0000`;
    withNul.alerts[0].annotations.summary = 'Checkout\u0000 p95 latency';
    withNul.alerts[0].labels['team\u0000'] = 'pay\u0000ments';
    withNul.commonAnnotations.summary = 'Checkout\u0000 p95 latency';

    const first = await deliver(server, withNul);
    expect(first.status).toBe(201);
    expect(first.body.incident.title).toBe(
      'HighLatency: Checkout\uFFFD p95 latency',
    );
    const again = await deliver(server, withNul);
    expect(again.body).toMatchObject({
      outcome: 'unchanged',
      incident: { id: first.body.incident.id },
    });
    expect(await incidents(server)).toHaveLength(1);
  });

  it('refuses users and bad payloads, naming the field', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const asUser = await request(server)
      .post(URL)
      .set('Authorization', mockCredentials.user.header())
      .send(firing);
    expect(asUser.status).toBe(403);
    const anonymous = await request(server)
      .post(URL)
      .set('Authorization', mockCredentials.none.header())
      .send(firing);
    expect(anonymous.status).toBe(401);

    const noFingerprint = JSON.parse(JSON.stringify(firing));
    delete noFingerprint.alerts[0].fingerprint;
    const bad = await deliver(server, noFingerprint);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/alerts\/0.*fingerprint/);

    const oldVersion = await deliver(server, { ...firing, version: '3' });
    expect(oldVersion.status).toBe(400);
    expect(oldVersion.body.error.message).toMatch(/version/);

    const notJson = await request(server)
      .post(URL)
      .set('Authorization', ALERTMANAGER)
      .set('Content-Type', 'application/json')
      .send('{"version": "4",');
    expect(notJson.status).toBe(400);
    expect(await incidents(server)).toHaveLength(0);
  });
});
