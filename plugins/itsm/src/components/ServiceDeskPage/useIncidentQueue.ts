import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef, ListIncidentsOptions } from '../../api/ItsmApi';

/**
 * One queue's incidents, a keyset page at a time: `loadMore` appends the
 * next page; a change of `options` starts again from the first.
 */
export function useIncidentQueue(
  options: Omit<ListIncidentsOptions, 'cursor'>,
) {
  const itsmApi = useApi(itsmApiRef);
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [nextCursor, setNextCursor] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const key = JSON.stringify(options);
  const generation = useRef(0);

  const load = useCallback(
    async (cursor?: string) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await itsmApi.listIncidents({
          ...JSON.parse(key),
          cursor,
        });
        if (mine !== generation.current) return;
        setIncidents(previous =>
          cursor ? [...previous, ...page.items] : page.items,
        );
        setNextCursor(page.nextCursor);
      } catch (e) {
        if (mine === generation.current) setError(e);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [itsmApi, key],
  );

  useEffect(() => {
    setIncidents([]);
    load();
  }, [load]);

  const replace = useCallback((incident: Incident) => {
    setIncidents(list => list.map(i => (i.id === incident.id ? incident : i)));
  }, []);

  return {
    incidents,
    loading,
    error,
    hasMore: nextCursor !== undefined,
    loadMore: () => load(nextCursor),
    reload: () => load(),
    replace,
  };
}
