import { createHash } from 'node:crypto';
import {
  CiClassRule,
  defaultCiClassRules,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * What the CMDB index of an item is made of: bump it when an entry gains a
 * field or a field is derived differently, and the next look reads every
 * item again.
 */
const CI_INDEX_FORMAT = 2;

/**
 * The version of the index entries these class rules make: an entry made
 * under other rules (or an older format) is read again at the next look,
 * so a changed `itsm.cmdb.classes` reaches every item without waiting for
 * each to change in the catalog.
 */
export function ciIndexVersion(classRules: readonly CiClassRule[]): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        format: CI_INDEX_FORMAT,
        classRules,
        defaults: defaultCiClassRules,
      }),
    )
    .digest('hex')
    .slice(0, 16);
}
