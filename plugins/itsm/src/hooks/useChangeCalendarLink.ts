import { useItsmBasePath } from './useItsmBasePath';

/**
 * Makes links to the change calendar, of the whole portal or of one entity
 * (e.g. `/itsm/changes/calendar?entity=component%3Adefault%2Fcheckout`);
 * undefined when the app has no ITSM page.
 */
export function useChangeCalendarLink():
  | ((entityRef?: string) => string)
  | undefined {
  const base = useItsmBasePath();
  return base === undefined
    ? undefined
    : entityRef =>
        `${base}/changes/calendar${
          entityRef
            ? `?${new URLSearchParams({
                entity: entityRef.toLocaleLowerCase('en-US'),
              })}`
            : ''
        }`;
}
