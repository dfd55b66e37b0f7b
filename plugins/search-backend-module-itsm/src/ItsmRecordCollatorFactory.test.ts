import { mockServices } from '@backstage/backend-test-utils';
import { knownErrorStates } from '@backstage-itsm/plugin-itsm-common';
import { ItsmRecordCollatorFactory } from './ItsmRecordCollatorFactory';
import { ItsmRecordKind, itsmRecordKinds } from './itsmRecordKinds';
import { ItsmIndexableDocument, ListedRecord } from './recordDocuments';

function aRecord(overrides: Partial<ListedRecord> = {}): ListedRecord {
  return {
    id: '7d1e-inc-12',
    ref: 'INC-12',
    title: 'Checkout returns 500',
    description: 'Since 10:02 every payment fails.',
    state: 'in_progress',
    priority: 'P2',
    entityRefs: [
      'component:default/checkout-service',
      'resource:ops/ledger-db',
    ],
    ...overrides,
  };
}

/** A fetch answering each call with the next answer, recording the calls. */
function backendAnswering(...answers: (Response | Error)[]) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) => {
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const urls = () => fetch.mock.calls.map(([url]) => new URL(url));
  return { fetch, urls };
}

function collatorOf(kind: ItsmRecordKind, fetch: jest.Mock) {
  return new ItsmRecordCollatorFactory(kind, {
    discovery: mockServices.discovery(),
    auth: mockServices.auth(),
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
}

async function collate(factory: ItsmRecordCollatorFactory) {
  const documents: ItsmIndexableDocument[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('ItsmRecordCollatorFactory', () => {
  it('indexes each incident with its human id, state in words, priority and entities, visible to those who may read it', async () => {
    const { fetch, urls } = backendAnswering(
      Response.json({ items: [aRecord()] }),
    );
    const factory = collatorOf(itsmRecordKinds.incident, fetch);

    expect(factory.type).toBe('itsm-incident');
    expect(factory.visibilityPermission.name).toBe('itsm.record.read');
    expect(factory.visibilityPermission.resourceType).toBe('itsm-record');
    expect(await collate(factory)).toEqual([
      {
        title: 'INC-12: Checkout returns 500',
        text: 'Since 10:02 every payment fails.',
        location: '/itsm/incidents/INC-12',
        ref: 'INC-12',
        refNumber: '12',
        recordType: 'incident',
        state: 'in_progress',
        stateLabel: 'In progress',
        priority: 'P2',
        entityRefs: [
          'component:default/checkout-service',
          'resource:ops/ledger-db',
        ],
        entityNames: 'checkout-service ledger-db',
        workaround: '',
        authorization: { resourceRef: '7d1e-inc-12' },
      },
    ]);
    const [url] = urls();
    expect(url.pathname).toBe('/api/itsm/incidents');
    expect(url.searchParams.get('sort')).toBe('newest');
    expect(url.searchParams.get('limit')).toBe('100');
    const [, init] = fetch.mock.calls[0];
    expect((init?.headers as Record<string, string>).authorization).toMatch(
      /^Bearer /,
    );
  });

  it.each([
    [
      'problem',
      'problem',
      'PRB-3',
      'fix_in_progress',
      'Fix in progress',
      'problems',
    ],
    [
      'change',
      'change',
      'CHG-4',
      'awaiting_approval',
      'Awaiting approval',
      'changes',
    ],
    [
      'release',
      'release',
      'REL-2',
      'confirming',
      'Awaiting confirmation',
      'releases',
    ],
    ['risk', 'risk', 'RSK-4', 'in_treatment', 'In treatment', 'risks'],
    [
      'impactAnalysis',
      'impact-analysis',
      'BIA-2',
      'in_review',
      'In review',
      'business-impact-analyses',
    ],
    [
      'continuityPlan',
      'continuity-plan',
      'CP-1',
      'under_revision',
      'Under revision',
      'continuity-plans',
    ],
    ['exercise', 'exercise', 'EX-3', 'completed', 'Completed', 'exercises'],
    [
      'improvement',
      'improvement',
      'IMP-2',
      'evaluating',
      'Evaluating',
      'improvements',
    ],
    ['training', 'training', 'TRN-1', 'held', 'Held', 'trainings'],
  ] as const)(
    'indexes a %s under its own type, its state in the words of its workflow',
    async (kind, recordType, ref, state, stateLabel, collection) => {
      const { fetch, urls } = backendAnswering(
        Response.json({ items: [aRecord({ ref, state })] }),
      );
      const factory = collatorOf(itsmRecordKinds[kind], fetch);

      expect(factory.type).toBe(`itsm-${recordType}`);
      const [document] = await collate(factory);
      expect(document).toMatchObject({
        title: `${ref}: Checkout returns 500`,
        ref,
        refNumber: ref.replace(/^\D*/, ''),
        recordType,
        state,
        stateLabel,
        location: `/itsm/${collection}/${ref}`,
      });
      expect(urls()[0].pathname).toBe(`/api/itsm/${collection}`);
    },
  );

  it('reads every page by the cursor of the one before, not stopping at a cap', async () => {
    const page = (from: number, count: number, nextCursor?: string) =>
      Response.json({
        items: Array.from({ length: count }, (_, i) =>
          aRecord({ id: `id-${from + i}`, ref: `CHG-${from + i}` }),
        ),
        nextCursor,
      });
    const { fetch, urls } = backendAnswering(
      page(1, 100, 'after-100'),
      page(101, 100, 'after-200'),
      page(201, 7),
    );

    const documents = await collate(collatorOf(itsmRecordKinds.change, fetch));

    expect(documents).toHaveLength(207);
    expect(documents.at(-1)?.ref).toBe('CHG-207');
    expect(urls().map(url => url.searchParams.get('cursor'))).toEqual([
      null,
      'after-100',
      'after-200',
    ]);
  });

  it('indexes the known-error base: problems with a cause and a workaround, in the states a workaround applies in', async () => {
    const { fetch, urls } = backendAnswering(
      Response.json({
        items: [
          aRecord({
            id: 'p4',
            ref: 'PRB-4',
            title: 'Ledger postings time out',
            description: 'Postings time out at peak load.',
            state: 'fix_in_progress',
            knownError: true,
            rootCause: {
              method: 'five_whys',
              whys: ['Postings wait for a connection'],
              cause: 'The pool was cut to 10',
            },
            workaround: 'Restart the ledger pods',
          }),
          aRecord({ id: 'p5', ref: 'PRB-5', state: 'investigating' }),
        ],
      }),
    );
    const factory = collatorOf(itsmRecordKinds.knownError, fetch);

    expect(factory.type).toBe('itsm-known-error');
    expect(await collate(factory)).toEqual([
      expect.objectContaining({
        title: 'PRB-4: Ledger postings time out',
        text: [
          'Postings time out at peak load.',
          'Root cause: Postings wait for a connection The pool was cut to 10',
          'Workaround: Restart the ledger pods',
        ].join('\n'),
        // The problem's own document is at the page's address.
        location: '/itsm/problems/PRB-4#known-error',
        stateLabel: 'Fix in progress',
        workaround: 'Restart the ledger pods',
        authorization: { resourceRef: 'p4' },
      }),
    ]);
    expect(urls()[0].pathname).toBe('/api/itsm/problems');
    expect(urls()[0].searchParams.getAll('state')).toEqual([
      ...knownErrorStates,
    ]);
    expect(knownErrorStates).not.toContain('closed');
  });

  it('indexes a marker no answer shows when there is no record, so the type has an index', async () => {
    const { fetch } = backendAnswering(Response.json({ items: [] }));

    const documents = await collate(collatorOf(itsmRecordKinds.release, fetch));

    expect(documents).toHaveLength(1);
    // The search backend answers only http(s) locations.
    expect(documents[0].location).toBe('itsm-search:empty/itsm-release');
    expect(new URL(documents[0].location, 'https://x').protocol).toBe(
      'itsm-search:',
    );
  });

  it('fails the run when a page cannot be read, instead of indexing part of the records', async () => {
    const { fetch } = backendAnswering(
      Response.json({ items: [aRecord()], nextCursor: 'next' }),
      new Response(
        JSON.stringify({ error: { name: 'Error', message: 'database down' } }),
        { status: 500, headers: { 'content-type': 'application/json' } },
      ),
    );
    await expect(
      collate(collatorOf(itsmRecordKinds.incident, fetch)),
    ).rejects.toThrow(
      /^Could not read incidents from the itsm backend: 500 .*database down/,
    );
  });

  it('fails the run with a clear message when the itsm backend cannot be reached', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7007'), {
        code: 'ECONNREFUSED',
      }),
    });
    const { fetch } = backendAnswering(refused);
    await expect(
      collate(collatorOf(itsmRecordKinds.knownError, fetch)),
    ).rejects.toThrow(
      /^Could not reach the itsm backend at .*\/api\/itsm\/problems\?.* to read the known-error base: connect ECONNREFUSED/,
    );
  });

  it('fails the run when the answer is not a page of records', async () => {
    const { fetch } = backendAnswering(Response.json({ message: 'hello' }));
    await expect(
      collate(collatorOf(itsmRecordKinds.problem, fetch)),
    ).rejects.toThrow(/did not answer a page of records/);
  });
});
