import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import searchPlugin from '@backstage/plugin-search-backend';
import itsmPlugin from '@backstage-itsm/plugin-itsm-backend';
import { itsmSearchTypes } from '@backstage-itsm/plugin-itsm-common';
import itsmSearchModule from '@backstage-itsm/plugin-search-backend-module-itsm';
import request from 'supertest';

jest.setTimeout(120_000);

/** Asks until the answer is what is waited for, or the time is up. */
async function eventually<T>(
  ask: () => Promise<T>,
  isDone: (answer: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (isDone(answer) || Date.now() > deadline) return answer;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/**
 * The demo backend's search as installed in index.ts (the search plugin
 * with its default Lunr engine and permissions on, this repository's search
 * module) beside the itsm backend on an empty database, with the real
 * scheduler; the permission policy allows everything (who sees which
 * record is the collators' declaration, ItsmRecordCollatorFactory.test.ts). After the first run, the full runs are an hour away: a new
 * record is indexed because the module's change check asked for it.
 */
async function startSearchBackend(): Promise<TestBackend> {
  return startTestBackend({
    features: [
      searchPlugin,
      itsmSearchModule,
      itsmPlugin,
      catalogServiceMock.factory({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'checkout-service', namespace: 'default' },
            spec: { type: 'service', owner: 'payments-team' },
          },
        ],
      }),
      mockServices.database.factory(),
      schedulerServiceFactory,
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          search: {
            collators: {
              itsm: {
                schedule: {
                  frequency: { hours: 1 },
                  timeout: { minutes: 1 },
                  initialDelay: { seconds: 1 },
                },
                changeCheck: {
                  frequency: { seconds: 1 },
                  timeout: { seconds: 30 },
                },
              },
            },
          },
        },
      }),
    ],
  });
}

describe('ITSM records in the search of the demo backend', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startSearchBackend();
  });

  afterAll(async () => {
    await backend?.stop();
  });

  it('answers a search of each ITSM type with 200 and no result on an empty database', async () => {
    const searchOf = (type: string) => () =>
      request(backend.server)
        .get('/api/search/query')
        .query({ types: [type] });
    for (const type of Object.values(itsmSearchTypes)) {
      const answer = await eventually(
        searchOf(type),
        ({ status }) => status === 200,
      );

      expect({ type, status: answer.status }).toEqual({ type, status: 200 });
      expect(answer.body.results).toEqual([]);
    }
  });

  it('finds a new incident by its id within seconds, first, with its state in words', async () => {
    const created = await request(backend.server)
      .post('/api/itsm/incidents')
      .send({
        title: 'Checkout returns 500',
        description: 'Since 10:02 every payment fails',
        entityRefs: ['component:checkout-service'],
        priority: 'P2',
      });
    expect(created.status).toBe(201);
    const ref: string = created.body.ref;

    const answer = await eventually(
      () =>
        request(backend.server)
          .get('/api/search/query')
          .query({ term: ref.toLowerCase() }),
      ({ body }) => body.results?.length > 0,
      30_000,
    );

    expect(answer.body.results[0]).toMatchObject({
      type: 'itsm-incident',
      document: {
        title: `${ref}: Checkout returns 500`,
        location: `/itsm/incidents/${ref}`,
        stateLabel: 'New',
        priority: 'P2',
        entityNames: 'checkout-service',
      },
    });
  });
});
