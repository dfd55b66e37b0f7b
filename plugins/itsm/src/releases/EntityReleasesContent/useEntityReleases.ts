import { useApi } from '@backstage/core-plugin-api';
import { Release, releaseWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useEntityRecords } from '../../hooks/useEntityRecords';

/** How many finished releases the tab shows. */
export const RELEASE_HISTORY = 20;

/**
 * The releases of an entity in two requests: the open ones (upcoming, by
 * window) and the latest finished ones (the history); live. The current
 * version is the latest one released.
 */
export function useEntityReleases(entityRef: string) {
  const itsmApi = useApi(itsmApiRef);
  const {
    open,
    finished: history,
    ...releases
  } = useEntityRecords<Release>({
    recordType: 'release',
    entityRef,
    workflow: releaseWorkflow,
    finishedLimit: RELEASE_HISTORY,
    list: query => itsmApi.listReleases(query),
  });

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
    ...releases,
  };
}
