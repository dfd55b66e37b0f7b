import {
  continuityPaths,
  ContinuityRecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { useItsmBasePath } from './useItsmBasePath';

/**
 * Makes links to continuity record pages, e.g. `/itsm/risks/RSK-3`;
 * undefined when the app has no ITSM page.
 */
export function useContinuityLink():
  | ((type: ContinuityRecordType, ref: string) => string)
  | undefined {
  const base = useItsmBasePath();
  return base === undefined
    ? undefined
    : (type, ref) =>
        `${base}/${continuityPaths[type]}/${encodeURIComponent(ref)}`;
}
