import { SearchApi } from '@backstage/plugin-search-react';
import {
  SearchQuery,
  SearchResult,
  SearchResultSet,
} from '@backstage/plugin-search-common';
import { RecordRefSearchApi } from './RecordRefSearchApi';

function aResult(type: string, ref: string): SearchResult {
  return {
    type,
    document: {
      title: `${ref}: something`,
      text: '',
      location: `/x/${ref}`,
      ref,
    },
  } as SearchResult;
}

/** A search backend whose engine ranks records of other types first. */
function aSearchBackend(answers: (query: SearchQuery) => SearchResult[]) {
  const query = jest.fn(
    async (q: SearchQuery): Promise<SearchResultSet> => ({
      results: answers(q),
      numberOfResults: 40,
    }),
  );
  return { api: { query } as SearchApi, query };
}

const refsOf = (answer: SearchResultSet) =>
  answer.results.map(r => (r.document as { ref?: string }).ref);

describe('RecordRefSearchApi', () => {
  it('puts the record a human id names first, whatever the engine ranked above it', async () => {
    const backend = aSearchBackend(() => [
      aResult('itsm-change', 'CHG-2'),
      aResult('itsm-incident', 'INC-21'),
      aResult('itsm-problem', 'PRB-2'),
      aResult('itsm-incident', 'INC-2'),
    ]);
    const api = new RecordRefSearchApi(backend.api);

    const answer = await api.query({ term: 'inc-2' });

    expect(refsOf(answer)).toEqual(['INC-2', 'CHG-2', 'INC-21', 'PRB-2']);
    expect(answer.results.map(r => r.rank)).toEqual([1, 2, 3, 4]);
    expect(answer.numberOfResults).toBe(40);
    expect(backend.query).toHaveBeenCalledTimes(1);
  });

  it('reads the record from a search of its type when the first page lacks it', async () => {
    const backend = aSearchBackend(q =>
      q.types?.[0] === 'itsm-problem'
        ? [aResult('itsm-problem', 'PRB-2'), aResult('itsm-problem', 'PRB-20')]
        : [aResult('itsm-change', 'CHG-2'), aResult('itsm-incident', 'INC-2')],
    );
    const api = new RecordRefSearchApi(backend.api);

    const answer = await api.query({ term: ' PRB-2 ', types: [] });

    expect(refsOf(answer)).toEqual(['PRB-2', 'CHG-2', 'INC-2']);
    expect(backend.query).toHaveBeenLastCalledWith(
      { term: ' PRB-2 ', types: ['itsm-problem'], pageLimit: 25 },
      undefined,
    );
  });

  it('leaves the record out of later pages, as the first one shows it', async () => {
    const backend = aSearchBackend(() => [
      aResult('itsm-release', 'REL-2'),
      aResult('itsm-change', 'CHG-22'),
    ]);
    const api = new RecordRefSearchApi(backend.api);

    const answer = await api.query({ term: 'REL-2', pageCursor: 'MQ==' });

    expect(refsOf(answer)).toEqual(['CHG-22']);
  });

  it('answers as the search backend does when no record has the id, or the user may not read it', async () => {
    const backend = aSearchBackend(() => [aResult('itsm-change', 'CHG-9')]);
    const api = new RecordRefSearchApi(backend.api);

    const answer = await api.query({ term: 'INC-9' });

    expect(refsOf(answer)).toEqual(['CHG-9']);
  });

  it.each([
    ['a term that is not an id', { term: 'INC-2 checkout' }],
    [
      'types that leave the record out',
      { term: 'INC-2', types: ['software-catalog'] },
    ],
    ['filters', { term: 'INC-2', filters: { kind: 'component' } }],
  ])('answers as the search backend does for %s', async (_, query) => {
    const results = [
      aResult('itsm-change', 'CHG-2'),
      aResult('itsm-incident', 'INC-2'),
    ];
    const backend = aSearchBackend(() => results);
    const api = new RecordRefSearchApi(backend.api);

    const answer = await api.query(query as SearchQuery);

    expect(refsOf(answer)).toEqual(['CHG-2', 'INC-2']);
    expect(backend.query).toHaveBeenCalledTimes(1);
  });
});
