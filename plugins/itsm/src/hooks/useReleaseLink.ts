import { useItsmBasePath } from './useItsmBasePath';

/**
 * Makes links to release pages, e.g. `/itsm/releases/REL-3`; undefined
 * when the app has no ITSM page (an app that installed only the entity tab).
 */
export function useReleaseLink(): ((ref: string) => string) | undefined {
  const base = useItsmBasePath();
  return base === undefined
    ? undefined
    : ref => `${base}/releases/${encodeURIComponent(ref)}`;
}
