import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Server } from 'node:http';
import request from 'supertest';
import { itsmPlugin } from '../plugin';
import {
  anIncident,
  entities,
  nulCases,
  otherCases,
  writes,
} from '../core/__testUtils__/badRequests';

// The rules every request meets before it reaches a service: no NUL
// characters, integers within the contract's bounds, a body within the
// limit, no unknown properties. Each bad request gets the same 4xx naming
// the field on SQLite and PostgreSQL (which cannot store NUL in text and
// has 32-bit integer columns), never a 500.

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('request rules on %p', id => {
  let server: Server;

  beforeAll(async () => {
    const knex = await databases.init(id);
    ({ server } = await startTestBackend({
      features: [
        itsmPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.database.factory({ knex }),
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
                ],
              },
            },
          },
        }),
      ],
    }));
    for (let i = 0; i < 3; i++) {
      const made = await request(server)
        .post('/api/itsm/incidents')
        .send(anIncident);
      if (made.status !== 201) {
        throw new Error(`reporting an incident: ${made.status} ${made.text}`);
      }
    }
  });

  it('accepts each write without the NUL (so the NUL is what is refused)', async () => {
    for (const { method, path, body, accepted } of writes) {
      const res = await request(server)[method](`/api/itsm${path}`).send(body);
      expect({ path, status: res.status, error: res.body.error }).toEqual({
        path,
        status: accepted,
        error: undefined,
      });
    }
  });

  it.each(nulCases)(
    '$request with $message: $status',
    async ({ method, path, body, status, message }) => {
      const res = await request(server)[method](`/api/itsm${path}`).send(body);
      expect({ status: res.status, message: res.body.error?.message }).toEqual({
        status,
        message,
      });
    },
  );

  it.each(otherCases)(
    '$request: $status $message',
    async ({ send, status, message }) => {
      const res = await send(server);
      expect({ status: res.status, message: res.body.error?.message }).toEqual({
        status,
        message,
      });
      expect(res.body.response).toEqual({ statusCode: status });
    },
  );
});
