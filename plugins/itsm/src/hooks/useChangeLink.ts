import { useItsmBasePath } from './useItsmBasePath';

/**
 * Makes links to change pages, e.g. `/itsm/changes/CHG-3`; undefined when
 * the app has no ITSM page (an app that installed only the entity tab).
 */
export function useChangeLink(): ((ref: string) => string) | undefined {
  const base = useItsmBasePath();
  return base === undefined
    ? undefined
    : ref => `${base}/changes/${encodeURIComponent(ref)}`;
}
