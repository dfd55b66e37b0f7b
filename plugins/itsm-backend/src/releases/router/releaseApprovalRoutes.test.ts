import request from 'supertest';
import {
  aRelease,
  paula,
  rita,
  startReleaseBackend as startBackend,
  wes,
} from '../__testUtils__/startReleaseBackend';

jest.setTimeout(60_000);

describe('release approval routes', () => {
  it("is approved through the changes' approval engine: the owners decide, not the one who planned it, and a rejection returns it to planned", async () => {
    const { plan, server } = await startBackend();
    await plan(aRelease);
    const get = async () =>
      (
        await request(server)
          .get('/api/itsm/releases/REL-1')
          .set('Authorization', rita)
      ).body;
    const requestApproval = async () =>
      request(server)
        .post('/api/itsm/releases/REL-1/transitions')
        .set('Authorization', rita)
        .send({ action: 'request_approval', version: (await get()).version });
    const decide = (who: string, decision: string, comment?: string) =>
      request(server)
        .post('/api/itsm/releases/REL-1/approvals')
        .set('Authorization', who)
        .send({ decision, ...(comment ? { comment } : {}) });

    const asked = await requestApproval();
    expect(asked.body).toMatchObject({
      state: 'awaiting_approval',
      approval: {
        round: 1,
        status: 'pending',
        groups: [
          expect.objectContaining({
            approvers: ['group:default/payments-team'],
          }),
        ],
      },
    });
    expect((await decide(rita, 'approve')).status).toBe(403);
    const stranger = await decide(wes, 'approve');
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toMatch(/not an approver of REL-1/);

    const rejected = await decide(paula, 'reject', 'Not before the audit');
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      state: 'planned',
      returnedReason: 'Not before the audit',
      approval: { status: 'rejected' },
    });

    const again = await requestApproval();
    expect(again.body.approval).toMatchObject({ round: 2, decisions: [] });
    const approved = await decide(paula, 'approve', 'Go');
    expect(approved.body).toMatchObject({
      state: 'approved',
      approval: { status: 'approved' },
      approvedAt: expect.any(String),
    });
    const timeline = await request(server)
      .get('/api/itsm/releases/REL-1/timeline')
      .set('Authorization', rita);
    expect(
      timeline.body.items.filter(
        (e: { kind: string }) => e.kind === 'approval',
      ),
    ).toHaveLength(2);
  });

  it('covers the package it approved: a new package withdraws the approval and asks the approvers again', async () => {
    const { plan, server } = await startBackend();
    await plan(aRelease);
    const get = async () =>
      (
        await request(server)
          .get('/api/itsm/releases/REL-1')
          .set('Authorization', rita)
      ).body;
    await request(server)
      .post('/api/itsm/releases/REL-1/transitions')
      .set('Authorization', rita)
      .send({ action: 'request_approval', version: (await get()).version });
    const approved = await request(server)
      .post('/api/itsm/releases/REL-1/approvals')
      .set('Authorization', paula)
      .send({ decision: 'approve' });
    expect(approved.body).toMatchObject({
      state: 'approved',
      approval: {
        round: 1,
        status: 'approved',
        covers: {
          releaseVersion: '2.4.1',
          entityRefs: ['component:default/checkout-service'],
          contents: {
            artifacts: aRelease.contents.artifacts,
            fixes: ['INC-12'],
          },
        },
      },
    });

    const swapped = await request(server)
      .put('/api/itsm/releases/REL-1/contents')
      .set('Authorization', rita)
      .send({
        version: approved.body.version,
        contents: {
          artifacts: [
            {
              name: 'checkout-service image',
              url: 'https://registry.example.com/checkout-service:2.4.1-evil',
              checksum: `sha256:${'cd'.repeat(32)}`,
            },
          ],
        },
      });
    expect(swapped.body.error?.message).toBeUndefined();
    expect(swapped.status).toBe(200);
    expect(swapped.body).toMatchObject({
      state: 'awaiting_approval',
      approval: {
        round: 2,
        status: 'pending',
        decisions: [],
        covers: {
          contents: {
            artifacts: [
              expect.objectContaining({
                url: 'https://registry.example.com/checkout-service:2.4.1-evil',
              }),
            ],
          },
        },
      },
    });
    const timeline = await request(server)
      .get('/api/itsm/releases/REL-1/timeline')
      .set('Authorization', rita);
    expect(
      timeline.body.items.find(
        (e: { kind: string; data: { changes?: { field: string }[] } }) =>
          e.data.changes?.some(c => c.field === 'approval'),
      ).data.changes,
    ).toContainEqual({
      field: 'approval',
      from: 'approved (round 1)',
      to: 'withdrawn: approval asked again (round 2)',
    });
  });
});
