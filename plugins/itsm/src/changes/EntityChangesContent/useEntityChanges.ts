import { useApi } from '@backstage/core-plugin-api';
import { Change, changeWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useEntityRecords } from '../../hooks/useEntityRecords';

/** How many finished changes the tab shows. */
export const RECENT_CHANGES = 10;

/** States a change is in while it is being implemented or reviewed. */
const inProgressStates = ['implementing', 'review'];

/**
 * The changes of an entity, in two requests however many there are: the
 * open ones (upcoming, and in progress), and the latest finished ones;
 * live.
 */
export function useEntityChanges(entityRef: string) {
  const itsmApi = useApi(itsmApiRef);
  const { open, finished, ...changes } = useEntityRecords<Change>({
    recordType: 'change',
    entityRef,
    workflow: changeWorkflow,
    finishedLimit: RECENT_CHANGES,
    list: query => itsmApi.listChanges(query),
  });

  const byWindow = (a: Change, b: Change) =>
    (a.window?.start ?? '').localeCompare(b.window?.start ?? '');
  return {
    upcoming: open
      ?.filter(c => !inProgressStates.includes(c.state))
      .sort(byWindow),
    inProgress: open?.filter(c => inProgressStates.includes(c.state)),
    recent: finished,
    ...changes,
  };
}
