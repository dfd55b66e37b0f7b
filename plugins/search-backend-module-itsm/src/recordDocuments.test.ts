import { pipeline, Readable } from 'node:stream';
import { mockServices } from '@backstage/backend-test-utils';
import { LunrSearchEngine } from '@backstage/plugin-search-backend-node';
import {
  formatRecordRef,
  itsmSearchTypes,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { toRecordDocument } from './recordDocuments';

const words = [
  'checkout fails for 2 customers',
  'disk full on node 20',
  'payments slow after release v2',
  'login error since 12:00',
  'ledger postings time out',
];

/** Records 1 to `count` of a type, one mentioning the record numbered 2. */
function records(recordType: RecordType, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return toRecordDocument(recordType, {
      id: `${recordType}-${number}`,
      ref: formatRecordRef(recordType, number),
      title: words[number % words.length],
      description:
        number === 7
          ? `Same cause as ${formatRecordRef(recordType, 2)}, seen again`
          : words[(number * 3) % words.length],
      state: 'new',
      priority: 'P3',
      entityRefs: ['component:default/checkout-service'],
    });
  });
}

/** The real Lunr engine of Backstage search, with each type's records. */
async function lunrWith(counts: Partial<Record<RecordType, number>>) {
  const engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });
  for (const [recordType, count] of Object.entries(counts)) {
    const type = recordType as RecordType;
    const indexer = await engine.getIndexer(itsmSearchTypes[type]);
    await new Promise<void>((resolve, reject) =>
      pipeline([Readable.from(records(type, count!)), indexer], error =>
        error ? reject(error) : resolve(),
      ),
    );
  }
  return engine;
}

describe('ITSM search documents in the Lunr engine', () => {
  it.each([
    ['incident', 'INC-2'],
    ['incident', 'inc-20'],
    ['problem', 'prb-2'],
    ['change', 'CHG-12'],
    ['release', 'Rel-2'],
    ['risk', 'rsk-2'],
    ['impact-analysis', 'BIA-12'],
    ['continuity-plan', 'cp-2'],
    ['exercise', 'EX-2'],
  ] as const)(
    'finds the %s named by %s first among its type, though Lunr splits the id at the hyphen',
    async (recordType, term) => {
      const engine = await lunrWith({
        incident: 250,
        problem: 40,
        change: 120,
        release: 25,
        risk: 30,
        'impact-analysis': 15,
        'continuity-plan': 12,
        exercise: 20,
      });

      const { results } = await engine.query({
        term,
        types: [itsmSearchTypes[recordType]],
      });

      expect(results[0].document).toMatchObject({
        ref: term.toUpperCase(),
        recordType,
      });
    },
  );

  it('finds a record by the words of its state and the names of its entities', async () => {
    const engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });
    const indexer = await engine.getIndexer(itsmSearchTypes.release);
    const release = (ref: string, state: string, entityRef: string) =>
      toRecordDocument('release', {
        id: ref,
        ref,
        title: 'Payments 2.4',
        description: 'Faster refunds',
        state,
        priority: 'P3',
        entityRefs: [entityRef],
      });
    await new Promise<void>((resolve, reject) =>
      pipeline(
        [
          Readable.from([
            release('REL-1', 'ready', 'resource:default/ledger-db'),
            release('REL-2', 'planned', 'component:default/checkout'),
            release('REL-3', 'released', 'resource:default/payments-db'),
          ]),
          indexer,
        ],
        error => (error ? reject(error) : resolve()),
      ),
    );

    const titlesFor = async (term: string) =>
      (await engine.query({ term })).results.map(r => r.document.title);

    // 'ready' is 'Ready (package audited)' in words
    expect(await titlesFor('audited')).toEqual(['REL-1: Payments 2.4']);
    expect((await titlesFor('ledger-db'))[0]).toBe('REL-1: Payments 2.4');
    expect((await titlesFor('checkout'))[0]).toBe('REL-2: Payments 2.4');
  });
});
