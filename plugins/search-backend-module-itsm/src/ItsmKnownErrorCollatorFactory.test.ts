import { mockServices } from '@backstage/backend-test-utils';
import { KnownError } from '@backstage-itsm/plugin-itsm-common';
import {
  ItsmKnownErrorCollatorFactory,
  KnownErrorDocument,
} from './ItsmKnownErrorCollatorFactory';

const knownError: KnownError = {
  id: '3f0c2d1e-prb-4',
  ref: 'PRB-4',
  title: 'Ledger postings time out',
  description: 'Postings time out at peak load.',
  state: 'fix_in_progress',
  priority: 'P2',
  category: 'software',
  workaround: 'Restart the ledger pods',
  rootCause: {
    method: 'five_whys',
    whys: ['Postings wait for a connection'],
    cause: 'The pool was cut to 10',
  },
  entityRefs: ['component:default/ledger-service'],
  updatedAt: '2026-11-28T10:00:00.000Z',
};

function factoryAnswering(response: Response | Error) {
  const fetch = jest.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  const factory = new ItsmKnownErrorCollatorFactory({
    discovery: mockServices.discovery(),
    auth: mockServices.auth(),
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { factory, fetch };
}

async function collate(factory: ItsmKnownErrorCollatorFactory) {
  const documents: KnownErrorDocument[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('ItsmKnownErrorCollatorFactory', () => {
  it('indexes each known error with its cause and workaround, visible to those who may read its problem', async () => {
    const { factory, fetch } = factoryAnswering(
      Response.json({ items: [knownError] }),
    );
    expect(factory.type).toBe('itsm-known-error');
    expect(factory.visibilityPermission.name).toBe('itsm.record.read');
    expect(await collate(factory)).toEqual([
      {
        title: 'PRB-4: Ledger postings time out',
        text: [
          'Postings time out at peak load.',
          'Root cause: Postings wait for a connection The pool was cut to 10',
          'Workaround: Restart the ledger pods',
        ].join('\n'),
        location: '/itsm/problems/PRB-4',
        ref: 'PRB-4',
        priority: 'P2',
        state: 'fix_in_progress',
        workaround: 'Restart the ledger pods',
        entityRefs: ['component:default/ledger-service'],
        authorization: { resourceRef: '3f0c2d1e-prb-4' },
      },
    ]);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/\/api\/itsm\/problems\/known-errors\?limit=500$/);
    expect((init.headers as Record<string, string>).authorization).toMatch(
      /^Bearer /,
    );
  });

  it('fails the run when the base cannot be read, instead of indexing nothing', async () => {
    const { factory } = factoryAnswering(
      new Response(
        JSON.stringify({ error: { name: 'Error', message: 'database down' } }),
        { status: 500, headers: { 'content-type': 'application/json' } },
      ),
    );
    await expect(collate(factory)).rejects.toThrow(
      /^Could not read the known-error base from the itsm backend: 500 .*database down/,
    );
  });

  it('fails the run with a clear message when the itsm backend cannot be reached', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7007'), {
        code: 'ECONNREFUSED',
      }),
    });
    const { factory } = factoryAnswering(refused);
    await expect(collate(factory)).rejects.toThrow(
      /^Could not reach the itsm backend at .*\/api\/itsm\/problems\/known-errors\?limit=500 to read the known-error base: connect ECONNREFUSED/,
    );
  });

  it('fails the run when the answer is not a list of known errors', async () => {
    const { factory } = factoryAnswering(Response.json({ message: 'hello' }));
    await expect(collate(factory)).rejects.toThrow(
      /did not answer a list of known errors/,
    );
  });
});
