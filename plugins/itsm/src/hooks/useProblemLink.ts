import { useItsmBasePath } from './useItsmBasePath';

/**
 * Makes links to problem pages, e.g. `/itsm/problems/PRB-3`; undefined
 * when the app has no ITSM page (an app that installed only the entity tab).
 */
export function useProblemLink(): ((ref: string) => string) | undefined {
  const base = useItsmBasePath();
  return base === undefined
    ? undefined
    : ref => `${base}/problems/${encodeURIComponent(ref)}`;
}
