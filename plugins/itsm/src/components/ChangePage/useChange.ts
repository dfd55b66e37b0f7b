import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Change, TimelineEvent } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';

/** How many timeline events one request reads (the server's page size). */
const TIMELINE_PAGE = 100;

/** One change and its whole timeline (read page by page), reloadable. */
export function useChange(ref: string) {
  const itsmApi = useApi(itsmApiRef);
  const [change, setChange] = useState<Change>();
  const [timeline, setTimeline] = useState<TimelineEvent[]>([]);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);

  const loadTimeline = useCallback(async () => {
    const events: TimelineEvent[] = [];
    let cursor: string | undefined;
    do {
      const page = await itsmApi.getChangeTimeline(ref, {
        limit: TIMELINE_PAGE,
        cursor,
      });
      events.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    setTimeline(events);
  }, [itsmApi, ref]);

  const reload = useCallback(async () => {
    setError(undefined);
    try {
      setChange(await itsmApi.getChange(ref));
      await loadTimeline();
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [itsmApi, ref, loadTimeline]);

  useEffect(() => {
    setLoading(true);
    reload();
  }, [reload]);

  /** After a move or decision: the change as it is now, and its new events. */
  const changed = useCallback(
    (updated: Change) => {
      setChange(updated);
      loadTimeline().catch(setError);
    },
    [loadTimeline],
  );

  return { change, timeline, error, loading, reload, changed };
}
