import request from 'supertest';
import {
  aRelease,
  rita,
  startReleaseBackend,
} from '../__testUtils__/startReleaseBackend';

jest.setTimeout(60_000);

const aChange = {
  title: 'Checkout tariff rounding',
  description: 'Rounding fix',
  entityRefs: ['component:default/checkout-service'],
  model: 'normal',
  changeType: 'system',
  reason: 'Customers are charged a cent too much',
  window: { start: '2026-12-08T20:00:00Z', end: '2026-12-08T22:00:00Z' },
  plan: [{ title: 'Deploy' }],
  backoutPlan: 'Previous tag',
  testPlan: 'Smoke test',
  risk: aRelease.risk,
};

async function startBackend() {
  const backend = await startReleaseBackend();
  const as = (auth: string) => ({
    post: (path: string, body: object) =>
      request(backend.server)
        .post(`/api/itsm${path}`)
        .set('Authorization', auth)
        .send(body),
    get: (path: string) =>
      request(backend.server)
        .get(`/api/itsm${path}`)
        .set('Authorization', auth),
  });
  return { ...backend, rita: as(rita) };
}

describe('a release change request', () => {
  it('is raised from the release plan, in draft, linked both ways, once', async () => {
    const { plan, rita: api } = await startBackend();
    const release = (await plan(aRelease)).body;

    const raised = await api.post(`/releases/${release.ref}/change-request`, {
      version: release.version,
    });
    expect(raised.status).toBe(201);
    expect(raised.body.changeRequest).toMatch(/^CHG-\d+$/);
    expect(raised.body.version).toBe(release.version + 1);

    const change = (await api.get(`/changes/${raised.body.changeRequest}`))
      .body;
    expect(change).toMatchObject({
      state: 'draft',
      model: 'normal',
      changeType: 'system',
      title: 'Release 2.4.1 of checkout-service',
      entityRefs: release.entityRefs,
      window: release.window,
      reportedBy: 'user:default/rita.release',
    });
    expect(change.reason).toBe(`${release.ref}: Fix`);
    expect(change.plan.map((step: { title: string }) => step.title)).toEqual(
      release.phases.map(
        (phase: { name: string }) => `Roll out ${release.ref} to ${phase.name}`,
      ),
    );
    expect(change.risk.answers).toEqual(aRelease.risk.answers);
    expect(change.backoutPlan).toMatch(/previous released version/);

    const links = (await api.get(`/changes/${change.ref}/links`)).body.items;
    expect(links).toEqual([
      expect.objectContaining({
        kind: 'relates-to',
        source: expect.objectContaining({ ref: release.ref }),
        target: expect.objectContaining({ ref: change.ref }),
      }),
    ]);
    const timeline = (await api.get(`/releases/${release.ref}/timeline`)).body
      .items;
    expect(JSON.stringify(timeline)).toContain('Change request');

    const again = await api.post(`/releases/${release.ref}/change-request`, {
      version: raised.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      `${release.ref} already carries change request ${change.ref}`,
    );
  });

  it('raises one change request when two are asked for at once', async () => {
    const { plan, rita: api } = await startBackend();
    const release = (await plan(aRelease)).body;
    const racing = await Promise.all(
      [1, 2, 3].map(() =>
        api.post(`/releases/${release.ref}/change-request`, {
          version: release.version,
        }),
      ),
    );
    expect(racing.map(r => r.status).sort()).toEqual([201, 409, 409]);
    const changes = (await api.get('/changes')).body.items;
    expect(changes).toHaveLength(1);
    const after = (await api.get(`/releases/${release.ref}`)).body;
    expect(after.changeRequest).toBe(changes[0].ref);
  });

  it('carries an open change request the caller names', async () => {
    const { plan, rita: api } = await startBackend();
    const change = (await api.post('/changes', aChange)).body;
    const release = (await plan(aRelease)).body;
    const carried = await api.post(`/releases/${release.ref}/change-request`, {
      version: release.version,
      change: change.ref.toLowerCase(),
    });
    expect(carried.status).toBe(200);
    expect(carried.body.changeRequest).toBe(change.ref);
    expect((await api.get('/changes')).body.items).toHaveLength(1);
    const links = (await api.get(`/releases/${release.ref}/links`)).body.items;
    expect(links.map((l: any) => [l.kind, l.target.ref])).toEqual([
      ['relates-to', change.ref],
    ]);
  });

  it('names what is wrong with a request, and changes nothing', async () => {
    const { plan, rita: api } = await startBackend();
    const release = (await plan(aRelease)).body;
    const cancelled = (await api.post('/changes', aChange)).body;
    await api.post(`/changes/${cancelled.ref}/transitions`, {
      action: 'cancel',
      version: cancelled.version,
      reason: 'Not needed',
    });
    const ask = (body: object) =>
      api.post(`/releases/${release.ref}/change-request`, body);

    const missing = await ask({ change: cancelled.ref });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/version/);

    const unknown = await ask({ version: release.version, change: 'CHG-999' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'change: there is no change request CHG-999',
    );

    const closed = await ask({
      version: release.version,
      change: cancelled.ref,
    });
    expect(closed.status).toBe(400);
    expect(closed.body.error.message).toBe(
      `change: ${cancelled.ref} is cancelled; a release can only carry an open change request`,
    );

    const badType = await ask({
      version: release.version,
      changeType: 'vibes',
    });
    expect(badType.status).toBe(400);
    expect(badType.body.error.message).toMatch(/^changeType must be one of/);

    const stale = await ask({ version: release.version + 5 });
    expect(stale.status).toBe(409);

    expect((await api.get('/changes')).body.items).toHaveLength(1);
    const after = (await api.get(`/releases/${release.ref}`)).body;
    expect(after.version).toBe(release.version);
    expect(after.changeRequest).toBeUndefined();
  });
});
