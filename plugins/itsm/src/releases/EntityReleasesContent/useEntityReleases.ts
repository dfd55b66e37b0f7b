import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Release, releaseWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';

/** How many finished releases the tab shows. */
export const RELEASE_HISTORY = 20;

/**
 * The releases of an entity in two requests: the open ones (upcoming, by
 * window) and the latest finished ones (the history). The current
 * version is the latest one released.
 */
export function useEntityReleases(entityRef: string) {
  const itsmApi = useApi(itsmApiRef);
  const [open, setOpen] = useState<Release[]>();
  const [history, setHistory] = useState<Release[]>();
  const [error, setError] = useState<unknown>();

  const reload = useCallback(async () => {
    try {
      const [openPage, historyPage] = await Promise.all([
        itsmApi.listReleases({
          entityRef,
          state: [...releaseWorkflow.openStates],
          limit: 100,
        }),
        itsmApi.listReleases({
          entityRef,
          state: [...releaseWorkflow.terminalStates],
          sort: 'updated',
          limit: RELEASE_HISTORY,
        }),
      ]);
      setOpen(openPage.items);
      setHistory(historyPage.items);
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, [itsmApi, entityRef]);

  useEffect(() => {
    reload();
  }, [reload]);

  const releasedAt = (r: Release) => r.releasedAt ?? '';
  const current = history
    ?.filter(r => r.state === 'released')
    .sort((a, b) => releasedAt(b).localeCompare(releasedAt(a)))[0];
  return {
    current,
    upcoming: open?.sort((a, b) =>
      (a.window?.start ?? '').localeCompare(b.window?.start ?? ''),
    ),
    history,
    error,
    loading: open === undefined && error === undefined,
    reload,
  };
}
