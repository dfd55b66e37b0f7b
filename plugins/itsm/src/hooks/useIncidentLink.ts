import { useItsmBasePath } from './useItsmBasePath';

/**
 * Makes links to incident pages, e.g. `/itsm/incidents/INC-12`; undefined
 * when the app has no ITSM page (an app that installed only the entity tab).
 */
export function useIncidentLink(): ((ref: string) => string) | undefined {
  const base = useItsmBasePath();
  return base === undefined
    ? undefined
    : ref => `${base}/incidents/${encodeURIComponent(ref)}`;
}
