import { useApi } from '@backstage/core-plugin-api';
import { itsmApiRef, ListConfigurationItemsOptions } from '../../api/ItsmApi';
import { useKeysetPages } from '../../hooks/useKeysetPages';

const PAGE = 50;

/**
 * The configuration items that match the filters, a keyset page at a
 * time: `loadMore` appends the next page; new filters start again.
 */
export function useConfigurationItems(
  filters: Omit<ListConfigurationItemsOptions, 'limit' | 'cursor'>,
) {
  const itsmApi = useApi(itsmApiRef);
  return useKeysetPages(
    (query: ListConfigurationItemsOptions) =>
      itsmApi.listConfigurationItems({ ...query, limit: PAGE }),
    filters,
  );
}
