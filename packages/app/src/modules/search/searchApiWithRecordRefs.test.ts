import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { RecordRefSearchApi } from '@backstage-itsm/plugin-itsm';
import { searchApiWithRecordRefs } from './searchApiWithRecordRefs';

describe('searchApiWithRecordRefs', () => {
  it("is the search plugin's API, asking the search backend, with an ITSM id's record first", async () => {
    const search = createExtensionTester(searchApiWithRecordRefs).get(
      ApiBlueprint.dataRefs.factory,
    );
    const fetch = jest.fn(async (_url: string) =>
      Response.json({
        results: [
          {
            type: 'itsm-change',
            document: { ref: 'CHG-2', title: 'CHG-2: a' },
          },
          {
            type: 'itsm-incident',
            document: { ref: 'INC-2', title: 'INC-2: b' },
          },
        ],
      }),
    );

    const api = search.factory({
      discoveryApi: { getBaseUrl: async (id: string) => `http://b/api/${id}` },
      fetchApi: { fetch },
    }) as RecordRefSearchApi;
    const answer = await api.query({ term: 'INC-2' });

    expect(search.api.id).toBe('plugin.search.queryservice');
    expect(api).toBeInstanceOf(RecordRefSearchApi);
    expect(fetch.mock.calls[0][0]).toMatch(
      /^http:\/\/b\/api\/search\/query\?term=INC-2/,
    );
    expect(answer.results.map(r => r.document.title)).toEqual([
      'INC-2: b',
      'CHG-2: a',
    ]);
  });
});
