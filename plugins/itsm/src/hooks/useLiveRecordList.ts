import { useCallback, useEffect, useState } from 'react';
import { useRecordChanges } from './useRecordChanges';

/**
 * A list page's records: read with `fetchPage` (memoised by the caller, so
 * a new view reads again), and read again when a record of `recordType`
 * changes anywhere (at most every half second).
 */
export function useLiveRecordList<T>(
  fetchPage: () => Promise<{ items: T[] }>,
  recordType: string,
): { items?: T[]; error?: unknown } {
  const [items, setItems] = useState<T[]>();
  const [error, setError] = useState<unknown>();

  const load = useCallback(async () => {
    try {
      setItems((await fetchPage()).items);
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, [fetchPage]);

  useEffect(() => {
    setItems(undefined);
    load();
  }, [load]);
  useRecordChanges(signal => {
    if (signal.type === recordType) load();
  }, 500);

  return { items, error };
}
