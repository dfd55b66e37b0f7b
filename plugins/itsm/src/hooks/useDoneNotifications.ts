import { useCallback } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { notificationsApiRef } from '@backstage/plugin-notifications';

/**
 * What closes the signed-in user's notifications about a record once they
 * have acted on it (moved it, decided its approval): what they were told
 * to do is done, so their unread notifications about it (whose topic is
 * the record's ref) are marked read. Nothing in a portal without the
 * notifications plugin; never fails the action it follows.
 */
export function useDoneNotifications(): (ref: string) => Promise<void> {
  const apis = useApiHolder();
  return useCallback(
    async (ref: string) => {
      const notifications = apis.get(notificationsApiRef);
      if (!notifications) return;
      try {
        const unread = await notifications.getNotifications({
          topic: ref,
          read: false,
        });
        const ids = unread.notifications.map(n => n.id);
        if (ids.length > 0) {
          await notifications.updateNotifications({ ids, read: true });
        }
      } catch {
        // Best effort: the action is done whether or not this worked.
      }
    },
    [apis],
  );
}
