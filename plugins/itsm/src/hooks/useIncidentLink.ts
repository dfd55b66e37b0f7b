import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * Makes links to incident pages, e.g. `/itsm/incidents/INC-12`; undefined
 * when the app has no ITSM page (an app that installed only the entity tab).
 */
export function useIncidentLink(): ((ref: string) => string) | undefined {
  let root: (() => string) | undefined;
  try {
    // useRouteRef throws after its own hooks when the route is not mounted,
    // so the hooks run in the same order on every render either way.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef);
  } catch {
    root = undefined; // not mounted in this app
  }
  if (!root) {
    return undefined;
  }
  const base = root().replace(/\/$/, '');
  return ref => `${base}/incidents/${encodeURIComponent(ref)}`;
}
