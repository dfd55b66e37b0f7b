import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const component = (name: string, annotations: Record<string, string> = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations },
  spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
});

const patHeader = mockCredentials.user.header('user:default/pat.engineer');
const samHeader = mockCredentials.user.header('user:default/sam.agent');

describe.each(databases.eachSupportedId())(
  'The SLA clock in the incident list on %p',
  id => {
    let server: any;
    let knex: Knex;

    beforeAll(async () => {
      knex = await databases.init(id);
      ({ server } = await startTestBackend({
        features: [
          itsmPlugin,
          catalogServiceMock.factory({
            entities: [
              component('checkout-service', { 'itsm/sla': 'gold' }),
              component('ledger-service'),
              {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'User',
                metadata: { name: 'sam.agent', namespace: 'default' },
                spec: {},
              },
            ],
          }),
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
    });

    const as = (auth: string) => ({
      get: (path: string) =>
        request(server).get(`/api/itsm${path}`).set('Authorization', auth),
      post: (path: string, body: object) =>
        request(server)
          .post(`/api/itsm${path}`)
          .set('Authorization', auth)
          .send(body),
    });
    const pat = as(patHeader);
    const sam = as(samHeader);
    const report = async (entity: string, title: string) =>
      (
        await pat.post('/incidents', {
          title,
          description: '',
          entityRefs: [`component:default/${entity}`],
          priority: 'P2',
        })
      ).body;

    it('shows each listed incident the clock to watch, read for the page in one query', async () => {
      const fresh = await report('checkout-service', 'Checkout fails');
      const uncovered = await report('ledger-service', 'Ledger is slow');
      const waiting = await report('checkout-service', 'Refunds stuck');
      const accepted = await sam.post(`/incidents/${waiting.ref}/transitions`, {
        action: 'accept',
        version: waiting.version,
        assignee: 'user:default/sam.agent',
      });
      const held = await sam.post(`/incidents/${waiting.ref}/transitions`, {
        action: 'hold',
        version: accepted.body.version,
        holdReason: 'vendor',
      });
      expect([accepted.body.error, held.status]).toEqual([undefined, 200]);

      const clockQueries: string[] = [];
      const count = (query: { sql: string }) => {
        if (query.sql.includes('itsm_sla_clocks')) clockQueries.push(query.sql);
      };
      knex.on('query', count);
      const list = await pat.get('/incidents?sort=newest');
      knex.off('query', count);

      expect(list.status).toBe(200);
      const byRef = Object.fromEntries(
        list.body.items.map((i: { ref: string }) => [i.ref, i]),
      );
      // The response clock runs first: 30 minutes from the report.
      expect(byRef[fresh.ref].sla).toEqual({
        kind: 'response',
        phase: 'running',
        targetMinutes: 30,
        dueAt: new Date(
          Date.parse(fresh.createdAt) + 30 * 60_000,
        ).toISOString(),
        warnAt: new Date(
          Date.parse(fresh.createdAt) + 22.5 * 60_000,
        ).toISOString(),
        breached: false,
      });
      expect(byRef[uncovered.ref].sla).toBeUndefined();
      // Accepted, the response clock stopped; on hold, the restore clock stands.
      expect(byRef[waiting.ref].sla).toMatchObject({
        kind: 'restore',
        phase: 'paused',
        targetMinutes: 240,
        breached: false,
      });
      expect(byRef[waiting.ref].sla.remainingMinutes).toBeGreaterThan(239);
      expect(clockQueries).toHaveLength(1);

      // One incident's answer carries it too (the queue shows a live change so).
      const one = await pat.get(`/incidents/${fresh.ref}`);
      expect(one.body.sla).toEqual(byRef[fresh.ref].sla);
    });
  },
);
