import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef, ListIncidentsOptions } from '../../api/ItsmApi';
import { useKeysetPages } from '../../hooks/useKeysetPages';

/**
 * One queue's incidents, a keyset page at a time: `loadMore` appends the
 * next page; a change of `options` starts again from the first.
 */
export function useIncidentQueue(
  options: Omit<ListIncidentsOptions, 'cursor'>,
) {
  const itsmApi = useApi(itsmApiRef);
  const list = useKeysetPages(
    (query: Omit<ListIncidentsOptions, 'cursor'> & { cursor?: string }) =>
      itsmApi.listIncidents(query),
    options,
  );
  const { setItems } = list;
  const replace = useCallback(
    (incident: Incident) => {
      setItems(items => items.map(i => (i.id === incident.id ? incident : i)));
    },
    [setItems],
  );
  return {
    incidents: list.items,
    loading: list.loading,
    error: list.error,
    hasMore: list.hasMore,
    loadMore: list.loadMore,
    reload: list.reload,
    replace,
  };
}
