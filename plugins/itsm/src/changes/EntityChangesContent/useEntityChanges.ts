import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Change, changeWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';

/** How many finished changes the tab shows. */
export const RECENT_CHANGES = 10;

/** States a change is in while it is being implemented or reviewed. */
const inProgressStates = ['implementing', 'review'];

/**
 * The changes of an entity, in two requests however many there are: the
 * open ones (upcoming, and in progress), and the latest finished ones.
 */
export function useEntityChanges(entityRef: string) {
  const itsmApi = useApi(itsmApiRef);
  const [open, setOpen] = useState<Change[]>();
  const [recent, setRecent] = useState<Change[]>();
  const [error, setError] = useState<unknown>();

  const reload = useCallback(async () => {
    try {
      const [openPage, recentPage] = await Promise.all([
        itsmApi.listChanges({
          entityRef,
          state: [...changeWorkflow.openStates],
          limit: 100,
        }),
        itsmApi.listChanges({
          entityRef,
          state: [...changeWorkflow.terminalStates],
          sort: 'updated',
          limit: RECENT_CHANGES,
        }),
      ]);
      setOpen(openPage.items);
      setRecent(recentPage.items);
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, [itsmApi, entityRef]);

  useEffect(() => {
    reload();
  }, [reload]);

  const byWindow = (a: Change, b: Change) =>
    (a.window?.start ?? '').localeCompare(b.window?.start ?? '');
  return {
    upcoming: open
      ?.filter(c => !inProgressStates.includes(c.state))
      .sort(byWindow),
    inProgress: open?.filter(c => inProgressStates.includes(c.state)),
    recent,
    error,
    loading: open === undefined && error === undefined,
    reload,
  };
}
