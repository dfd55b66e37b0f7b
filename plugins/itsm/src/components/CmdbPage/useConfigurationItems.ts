import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { CiItem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef, ListConfigurationItemsOptions } from '../../api/ItsmApi';

const PAGE = 50;

/**
 * The configuration items that match the filters, a keyset page at a
 * time: `loadMore` appends the next page; new filters start again.
 */
export function useConfigurationItems(
  filters: Omit<ListConfigurationItemsOptions, 'limit' | 'cursor'>,
) {
  const itsmApi = useApi(itsmApiRef);
  const [items, setItems] = useState<CiItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  const key = JSON.stringify(filters);

  const load = useCallback(
    async (cursor?: string) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = await itsmApi.listConfigurationItems({
          ...JSON.parse(key),
          limit: PAGE,
          cursor,
        });
        setItems(previous =>
          cursor ? [...previous, ...page.items] : page.items,
        );
        setNextCursor(page.nextCursor);
      } catch (e) {
        setError(e as Error);
      } finally {
        setLoading(false);
      }
    },
    [itsmApi, key],
  );

  useEffect(() => {
    load();
  }, [load]);

  return {
    items,
    loading,
    error,
    hasMore: nextCursor !== undefined,
    loadMore: () => load(nextCursor),
  };
}
