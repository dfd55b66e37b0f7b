import { useCallback, useEffect, useRef, useState } from 'react';

/** A page of a keyset-paged list, as the ITSM API answers it. */
export type KeysetPage<T> = { items: T[]; nextCursor?: string };

/**
 * A keyset-paged list: the first page for `query`, `loadMore` appending the
 * next. A new query (compared by value) starts again; an answer to an
 * older request than the latest is dropped, so typing fast never shows the
 * results of a shorter search.
 */
export function useKeysetPages<T, Q extends object>(
  fetchPage: (query: Q & { cursor?: string }) => Promise<KeysetPage<T>>,
  query: Q,
) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const key = JSON.stringify(query);
  const generation = useRef(0);
  // The fetcher is read when a load starts, not a reason to load again.
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(
    async (cursor?: string) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await fetchRef.current({ ...JSON.parse(key), cursor });
        if (mine !== generation.current) return;
        setItems(previous =>
          cursor ? [...previous, ...page.items] : page.items,
        );
        setNextCursor(page.nextCursor);
      } catch (e) {
        if (mine === generation.current) setError(e as Error);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [key],
  );

  useEffect(() => {
    setItems([]);
    load();
  }, [load]);

  return {
    items,
    setItems,
    loading,
    error,
    hasMore: nextCursor !== undefined,
    loadMore: () => load(nextCursor),
    reload: () => load(),
  };
}
