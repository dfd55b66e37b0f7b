import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  report,
  startPluginBackend as startBackend,
} from './__testUtils__/startPluginBackend';

jest.setTimeout(60_000);

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
