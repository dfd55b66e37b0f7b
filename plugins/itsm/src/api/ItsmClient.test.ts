import { ResponseError } from '@backstage/errors';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { ItsmClient } from './ItsmClient';

const incident: Incident = {
  id: 'a1',
  ref: 'INC-1',
  type: 'incident',
  version: 1,
  state: 'new',
  title: 'Checkout fails',
  description: 'Every payment is refused',
  priority: 'P2',
  entityRefs: ['component:default/payments'],
  createdBy: 'user:default/jane',
  createdAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-01T10:00:00.000Z',
};

function json(body: unknown, status = 200, statusText = 'OK') {
  return new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { 'content-type': 'application/json' },
  });
}

function setup(respond: () => Response) {
  const requests: Request[] = [];
  // Like Backstage's fetch API, whose middlewares each build a Request from
  // what they are given: a Request whose body was read cannot be rebuilt.
  const fetch = jest.fn(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      const injected = new Request(input, init);
      requests.push(new Request(input, init));
      expect(injected.url).toBe(requests[requests.length - 1].url);
      return respond();
    },
  );
  const client = new ItsmClient({
    discoveryApi: {
      getBaseUrl: async (pluginId: string) =>
        `http://localhost:7007/api/${pluginId}`,
    },
    fetchApi: { fetch: fetch as typeof globalThis.fetch },
  });
  return { client, requests };
}

describe('ItsmClient', () => {
  it('lists the incidents of an entity, with states, reporter and cursor in the query', async () => {
    const { client, requests } = setup(() =>
      json({ items: [incident], nextCursor: 'next' }),
    );

    const page = await client.listIncidents({
      entityRef: 'component:default/payments',
      state: ['new', 'in_progress'],
      reportedBy: ['me'],
      limit: 20,
      cursor: 'abc',
    });

    expect(page).toEqual({ items: [incident], nextCursor: 'next' });
    const url = new URL(requests[0].url);
    expect(url.pathname).toBe('/api/itsm/incidents');
    expect(url.searchParams.get('entityRef')).toBe(
      'component:default/payments',
    );
    expect(url.searchParams.getAll('state')).toEqual(['new', 'in_progress']);
    expect(url.searchParams.getAll('reportedBy')).toEqual(['me']);
    expect(url.searchParams.get('limit')).toBe('20');
    expect(url.searchParams.get('cursor')).toBe('abc');
  });

  it('sends the idempotency key when reporting an incident', async () => {
    const { client, requests } = setup(() => json(incident, 201, 'Created'));
    const body = {
      title: incident.title,
      description: incident.description,
      priority: incident.priority,
      entityRefs: incident.entityRefs,
    };

    await expect(
      client.createIncident(body, { idempotencyKey: 'key-1' }),
    ).resolves.toEqual(incident);

    expect(requests[0].method).toBe('POST');
    expect(requests[0].headers.get('Idempotency-Key')).toBe('key-1');
    expect(await requests[0].json()).toEqual(body);
  });

  it('posts transitions to the incident', async () => {
    const { client, requests } = setup(() => json(incident));

    await client.transitionIncident('INC-1', { action: 'start', version: 3 });

    expect(requests[0].method).toBe('POST');
    expect(new URL(requests[0].url).pathname).toBe(
      '/api/itsm/incidents/INC-1/transitions',
    );
    expect(await requests[0].json()).toEqual({ action: 'start', version: 3 });
  });

  it("sends each type's shared record requests to its own collection", async () => {
    const { client, requests } = setup(() => json({ items: [] }));

    await client.listImprovementRecords('training', { limit: 5 });
    await client.transitionContinuityRecord('exercise', 'EX-2', {
      action: 'start',
      version: 4,
    });
    await client.commentOnImprovementRecord('improvement', 'IMP-3', {
      body: 'Measured',
    });

    expect(requests.map(r => `${r.method} ${new URL(r.url).pathname}`)).toEqual(
      [
        'GET /api/itsm/trainings',
        'POST /api/itsm/exercises/EX-2/transitions',
        'POST /api/itsm/improvements/IMP-3/comments',
      ],
    );
    expect(new URL(requests[0].url).searchParams.get('limit')).toBe('5');
    expect(await requests[1].json()).toEqual({ action: 'start', version: 4 });
  });

  it("rejects with a ResponseError carrying the server's message", async () => {
    const { client } = setup(() =>
      json(
        {
          error: {
            name: 'InputError',
            message: 'request/body/title must NOT have fewer than 1 characters',
          },
          response: { statusCode: 400 },
        },
        400,
        'Bad Request',
      ),
    );

    const error = await client
      .createIncident({
        title: '',
        description: 'x',
        priority: 'P3',
        entityRefs: ['component:default/payments'],
      })
      .catch(e => e);

    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.message).toBe(
      'request/body/title must NOT have fewer than 1 characters',
    );
  });

  it('rejects with status 409 when someone else changed the incident', async () => {
    const { client } = setup(() =>
      json(
        {
          error: { name: 'ConflictError', message: 'INC-1 has changed' },
          response: { statusCode: 409 },
          current: { ...incident, version: 2 },
        },
        409,
        'Conflict',
      ),
    );

    const error = await client
      .transitionIncident('a1', { action: 'start', version: 1 })
      .catch(e => e);

    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(409);
  });
});
