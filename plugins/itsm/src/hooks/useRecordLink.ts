import {
  continuityPaths,
  improvementPaths,
  isContinuityRecordType,
  isImprovementRecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { useItsmBasePath } from './useItsmBasePath';

const corePaths: Record<string, string> = {
  incident: 'incidents',
  problem: 'problems',
  change: 'changes',
  release: 'releases',
};

/** The portal's path below `/itsm` of a record type's pages. */
function pathOf(type: string): string | undefined {
  if (type in corePaths) return corePaths[type];
  if (isContinuityRecordType(type)) return continuityPaths[type];
  if (isImprovementRecordType(type)) return improvementPaths[type];
  return undefined;
}

/**
 * Makes links to the page of a record of any type, e.g.
 * `/itsm/changes/CHG-3` for (`change`, `CHG-3`); undefined when the app
 * has no ITSM page, and the link undefined for a type without pages.
 */
export function useRecordLink():
  | ((type: string, ref: string) => string | undefined)
  | undefined {
  const base = useItsmBasePath();
  return base === undefined
    ? undefined
    : (type, ref) => {
        const path = pathOf(type);
        return path ? `${base}/${path}/${encodeURIComponent(ref)}` : undefined;
      };
}
