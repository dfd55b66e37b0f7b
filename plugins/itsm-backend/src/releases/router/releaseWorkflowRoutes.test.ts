import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  aRelease,
  paula,
  rita,
  ravi,
  startReleaseBackend as startBackend,
} from '../__testUtils__/startReleaseBackend';

jest.setTimeout(60_000);

describe('release routes', () => {
  it('moves a release through its workflow table, naming what a move lacks', async () => {
    const { plan, server } = await startBackend();
    const made = await plan(aRelease);
    const move = (body: object) =>
      request(server)
        .post('/api/itsm/releases/REL-1/transitions')
        .set('Authorization', rita)
        .send(body);
    const early = await move({
      action: 'start_rollout',
      version: made.body.version,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/start_rollout/);
    const asked = await move({
      action: 'request_approval',
      version: made.body.version,
    });
    expect(asked.status).toBe(200);
    expect(asked.body.state).toBe('awaiting_approval');
    const noReason = await move({
      action: 'cancel',
      version: asked.body.version,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/reason/);
    const cancelled = await move({
      action: 'cancel',
      version: asked.body.version,
      reason: 'Folded into 2.5.0',
    });
    expect(cancelled.body.state).toBe('cancelled');
  });

  it('answers a move based on an old version with 409 and the release as it is now', async () => {
    const { plan, server } = await startBackend();
    const made = await plan(aRelease);
    const move = (version: number) =>
      request(server)
        .post('/api/itsm/releases/REL-1/transitions')
        .set('Authorization', rita)
        .send({ action: 'request_approval', version });
    expect((await move(made.body.version)).status).toBe(200);
    const stale = await move(made.body.version);
    expect(stale.status).toBe(409);
    // The release's own fields, as GET /releases/REL-1 shows them.
    expect(stale.body.current).toMatchObject({
      ref: 'REL-1',
      state: 'awaiting_approval',
      releaseVersion: made.body.releaseVersion,
    });
  });

  it('verifies, audits and rolls out a release phase by phase, keeps its audited package immutable, and a rollback makes the previous version current again', async () => {
    const { plan, server } = await startBackend();
    const pipeline = mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('external:deploy-pipeline'),
      targetPluginId: 'itsm',
    });
    const get = async (ref: string) =>
      (
        await request(server)
          .get(`/api/itsm/releases/${ref}`)
          .set('Authorization', rita)
      ).body;
    const post = async (ref: string, path: string, body: object, who = rita) =>
      request(server)
        .post(`/api/itsm/releases/${ref}/${path}`)
        .set('Authorization', who)
        .send({ version: (await get(ref)).version, ...body });
    const move = (ref: string, action: string, body: object = {}) =>
      post(ref, 'transitions', { action, ...body });
    const check = (ref: string, kind: string, result = 'pass') =>
      post(ref, 'verifications', {
        kind,
        item: `${kind} suite`,
        result,
        evidenceUrl: `https://ci.example.com/${kind}`,
      });
    const approve = async (ref: string) => {
      await move(ref, 'request_approval');
      await request(server)
        .post(`/api/itsm/releases/${ref}/approvals`)
        .set('Authorization', paula)
        .send({ decision: 'approve' });
    };
    const phase = (ref: string, name: string, status: string) =>
      request(server)
        .post(`/api/itsm/releases/${ref}/phases`)
        .set('Authorization', pipeline)
        .send({ phase: name, status });
    const throughRollout = async (ref: string) => {
      await approve(ref);
      for (const kind of ['function', 'performance', 'compatibility']) {
        await check(ref, kind);
      }
      await post(ref, 'transitions', { action: 'sign_off' }, ravi);
      for (const item of ['environment', 'backup', 'notified']) {
        await post(ref, 'pre-release', { check: item });
      }
      await move(ref, 'start_rollout', { rolloutOverride: 'Hotfix' });
      for (const name of ['canary', '50%', '100%']) {
        await phase(ref, name, 'succeeded');
      }
      return move(ref, 'complete_rollout');
    };

    await plan(aRelease);
    await approve('REL-1');
    expect((await get('REL-1')).state).toBe('approved');
    await check('REL-1', 'function');
    const early = await move('REL-1', 'sign_off');
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe(
      'REL-1: The package needs at least one performance, compatibility check before its audit',
    );
    await check('REL-1', 'performance', 'fail');
    await check('REL-1', 'compatibility');
    expect((await move('REL-1', 'sign_off')).body.error.message).toMatch(
      /failed performance: performance suite/,
    );
    const rechecked = await check('REL-1', 'performance');
    expect(rechecked.body.verification).toHaveLength(3);
    // Segregation of duties: the planner does not audit the package.
    const own = await move('REL-1', 'sign_off', { comment: 'Checked' });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toBe(
      'You planned REL-1, so someone else must audit its package (segregation of duties)',
    );
    const audited = await post(
      'REL-1',
      'transitions',
      { action: 'sign_off', comment: 'Checked' },
      ravi,
    );
    expect(audited.body).toMatchObject({
      state: 'ready',
      audit: { by: 'user:default/ravi.release', comment: 'Checked' },
    });

    // After the audit the release's identity is fixed: only comments.
    const renamed = await request(server)
      .patch('/api/itsm/releases/REL-1')
      .set('Authorization', rita)
      .send({ version: audited.body.version, title: 'Checkout 2.4.2' });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.message).toBe(
      'title: REL-1 is ready (package audited), so its fields can no longer change (only comments can be added)',
    );

    // The audited package is immutable: a change means a new version.
    const edit = await request(server)
      .put('/api/itsm/releases/REL-1/contents')
      .set('Authorization', rita)
      .send({ version: audited.body.version, contents: { fixes: ['INC-13'] } });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toMatch(
      /audited and cannot change; plan a new version/,
    );
    expect((await check('REL-1', 'function', 'fail')).status).toBe(409);

    expect((await move('REL-1', 'start_rollout')).body.error.message).toBe(
      'REL-1: The pre-release checklist is not done: Environment checked, Backup taken, People notified',
    );
    for (const item of ['environment', 'backup', 'notified']) {
      expect((await post('REL-1', 'pre-release', { check: item })).status).toBe(
        200,
      );
    }
    // Outside its window and without an approved change request, the
    // rollout needs an override that says why.
    const ungoverned = await move('REL-1', 'start_rollout');
    expect(ungoverned.status).toBe(409);
    expect(ungoverned.body.error.message).toBe(
      'rolloutOverride: REL-1 may not roll out now: it is outside its window (8 Dec 2026, 20:00–22:00 UTC); it carries no change request. Give the reason to roll out anyway in rolloutOverride',
    );
    const overridden = await move('REL-1', 'start_rollout', {
      rolloutOverride: 'Tariff error costs money every hour',
    });
    expect(overridden.body).toMatchObject({
      state: 'rolling_out',
      rolloutOverride: {
        reason: 'Tariff error costs money every hour',
        gaps: [
          'it is outside its window (8 Dec 2026, 20:00–22:00 UTC)',
          'it carries no change request',
        ],
        by: 'user:default/rita.release',
      },
    });
    const timeline = await request(server)
      .get('/api/itsm/releases/REL-1/timeline')
      .set('Authorization', rita);
    expect(
      timeline.body.items.find(
        (e: { data: { action?: string } }) => e.data.action === 'start_rollout',
      ).data,
    ).toMatchObject({
      action: 'start_rollout',
      rolloutOverride: 'Tariff error costs money every hour',
    });

    // An incident on the released service during the rollout: consider
    // rolling back.
    const before = await request(server)
      .get('/api/itsm/releases/REL-1/incidents')
      .set('Authorization', rita);
    expect(before.body).toEqual({ items: [], considerRollback: false });
    const incident = await request(server)
      .post('/api/itsm/incidents')
      .set('Authorization', paula)
      .send({
        title: 'Checkout rounds tariffs wrongly',
        description: 'Since the canary',
        entityRefs: ['component:default/checkout-service'],
        priority: 'P2',
      });
    expect(incident.status).toBe(201);
    const during = await request(server)
      .get('/api/itsm/releases/REL-1/incidents')
      .set('Authorization', rita);
    expect(during.body).toMatchObject({
      items: [{ ref: incident.body.ref }],
      considerRollback: true,
    });

    // A pipeline reports the phases, without a version.
    const started = await phase('REL-1', 'canary', 'in_progress');
    expect(started.status).toBe(200);
    expect(started.body.phases[0]).toMatchObject({
      name: 'canary',
      status: 'in_progress',
      by: 'service:external:deploy-pipeline',
    });
    const wrong = await phase('REL-1', 'eu-west', 'succeeded');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe(
      "phase must be one of REL-1's phases: canary, 50%, 100%",
    );
    await phase('REL-1', 'canary', 'succeeded');
    expect((await move('REL-1', 'complete_rollout')).body.error.message).toBe(
      'REL-1: Every phase must succeed first: 50% is pending, 100% is pending',
    );
    await phase('REL-1', '50%', 'succeeded');
    await phase('REL-1', '100%', 'succeeded');
    expect((await move('REL-1', 'complete_rollout')).body.state).toBe(
      'confirming',
    );
    const released = await move('REL-1', 'confirm', {
      outcome: 'successful',
      confirmation: 'Tariffs round correctly in checkout',
    });
    expect(released.body).toMatchObject({
      state: 'released',
      outcome: 'successful',
      releasedAt: expect.any(String),
    });

    // The next version fails in production and is rolled back.
    await plan({
      ...aRelease,
      title: 'Checkout 2.5.0',
      releaseVersion: '2.5.0',
    });
    expect((await throughRollout('REL-2')).body.state).toBe('confirming');
    const rolledBack = await move('REL-2', 'rollback', {
      reason: 'Payment errors after 100%',
    });
    expect(rolledBack.body).toMatchObject({
      state: 'rolled_back',
      reason: 'Payment errors after 100%',
      restoredVersion: '2.4.1',
    });
    const released_ = await request(server)
      .get(
        '/api/itsm/releases?entityRef=component:default/checkout-service&state=released',
      )
      .set('Authorization', rita);
    expect(
      released_.body.items.map(
        (r: { releaseVersion: string }) => r.releaseVersion,
      ),
    ).toEqual(['2.4.1']);
  });
});
