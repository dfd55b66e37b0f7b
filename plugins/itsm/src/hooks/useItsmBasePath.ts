import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * Where the ITSM page is mounted (e.g. `/itsm`), without a trailing slash;
 * undefined when the app has no ITSM page (an app that installed only the
 * entity tab or card).
 */
export function useItsmBasePath(): string | undefined {
  let root: (() => string) | undefined;
  try {
    // useRouteRef throws after its own hooks when the route is not mounted,
    // so the hooks run in the same order on every render either way.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef);
  } catch {
    root = undefined; // not mounted in this app
  }
  return root ? root().replace(/\/$/, '') : undefined;
}
