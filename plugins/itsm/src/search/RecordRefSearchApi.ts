import { SearchApi } from '@backstage/plugin-search-react';
import {
  SearchQuery,
  SearchResult,
  SearchResultSet,
} from '@backstage/plugin-search-common';
import {
  itsmSearchTypes,
  parseSearchedRef,
} from '@backstage-itsm/plugin-itsm-common';

/** The results of its type read to find the record a term names. */
const LOOKED_THROUGH = 25;

/**
 * A search API that answers a human id typed into search (`INC-2`, `prb-14`,
 * any case) with that record first, whatever else matches.
 *
 * The search engines score each document type in its own index: the Lunr
 * engine ranks the record first among its type (its document holds the
 * id's number as a field of its own), but across types a record of a larger
 * index whose id has the same number (`CHG-2` for `INC-2`) can score
 * higher. This API asks the search backend as the one it wraps, then moves
 * the named record to the top of the first page, reading it from a search
 * of its type alone when the first page lacks it; later pages leave it out.
 * Only records the user may read are found: it is the same search. A term
 * with filters, or types that leave the record's out, is answered as is.
 *
 * @public
 */
export class RecordRefSearchApi implements SearchApi {
  constructor(private readonly searchApi: SearchApi) {}

  async query(
    query: SearchQuery,
    options?: { signal?: AbortSignal },
  ): Promise<SearchResultSet> {
    const answer = await this.searchApi.query(query, options);
    const named = parseSearchedRef(query.term ?? '');
    if (!named || Object.keys(query.filters ?? {}).length > 0) return answer;
    const type = itsmSearchTypes[named.recordType];
    if (query.types?.length && !query.types.includes(type)) return answer;

    const isNamed = (result: SearchResult) =>
      result.type === type &&
      (result.document as { ref?: unknown }).ref === named.ref;
    const others = answer.results.filter(result => !isNamed(result));
    if (query.pageCursor) return { ...answer, results: others };

    const record =
      answer.results.find(isNamed) ??
      (
        await this.searchApi.query(
          { term: query.term, types: [type], pageLimit: LOOKED_THROUGH },
          options,
        )
      ).results.find(isNamed);
    if (!record) return answer;
    return {
      ...answer,
      results: [record, ...others].map((result, index) => ({
        ...result,
        rank: index + 1,
      })),
    };
  }
}
