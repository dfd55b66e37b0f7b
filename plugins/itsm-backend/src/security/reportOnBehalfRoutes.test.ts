import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { itsmPlugin } from '../plugin';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const sam = 'user:default/sam.agent'; // service desk
const wes = 'user:default/wes.web'; // anyone else
const grace = 'user:default/grace.ceo';

const entities = [sam, wes, grace].map(ref => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: ref.split('/')[1], namespace: 'default' },
  spec: {},
}));

/** A policy like the demo's: only the service desk reports for others. */
const permissions = mockServices.permissions.mock({
  authorize: async (requests, options) => {
    const user = (options.credentials.principal as any).userEntityRef;
    return requests.map(r => ({
      result:
        r.permission.name !== 'itsm.record.report-on-behalf' || user === sam
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    }));
  },
  authorizeConditional: async requests =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })) as any,
});

describe.each(databases.eachSupportedId())('Reporting on behalf on %p', id => {
  let server: any;

  beforeAll(async () => {
    const knex = await databases.init(id);
    ({ server } = await startTestBackend({
      features: [
        itsmPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.database.factory({ knex }),
        permissions.factory,
      ],
    }));
  });

  const report = (caller: string, body: object) =>
    request(server)
      .post('/api/itsm/incidents')
      .set('Authorization', mockCredentials.user.header(caller))
      .send({
        title: 'VPN drops every ten minutes',
        description: '',
        entityRefs: [],
        priority: 'P3',
        ...body,
      });

  it('refuses a report in someone else’s name without the permission, naming the field', async () => {
    const res = await report(wes, { reportedBy: grace });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'reportedBy: you may report only in your own name; reporting for someone else needs the itsm.record.report-on-behalf permission',
    );
    const list = await request(server)
      .get('/api/itsm/incidents')
      .set('Authorization', mockCredentials.user.header(sam));
    expect(list.body.items.filter((i: any) => i.reportedBy === grace)).toEqual(
      [],
    );
  });

  it('takes a caller’s own ref, in any spelling', async () => {
    const res = await report(wes, { reportedBy: 'WES.web' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reportedBy: wes, createdBy: wes });
  });

  it('lets the service desk log a call for someone else', async () => {
    const res = await report(sam, { reportedBy: grace });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reportedBy: grace, createdBy: sam });
  });
});
