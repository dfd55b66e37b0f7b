import { createConditionExports } from '@backstage/plugin-permission-node';
import { recordPermissionResourceRef } from './recordPermissionResource';
import { recordPermissionRules } from './rules';

const exports = createConditionExports({
  resourceRef: recordPermissionResourceRef,
  rules: recordPermissionRules,
});

/**
 * Conditions for permission policies on ITSM records, e.g.
 * `itsmRecordConditions.isAffectedEntityOwner({ claims: user.identity.ownershipEntityRefs })`.
 *
 * @public
 */
export const itsmRecordConditions = exports.conditions;

/**
 * Wraps conditions into a conditional decision for an ITSM record permission.
 *
 * @public
 */
export const createItsmRecordConditionalDecision =
  exports.createConditionalDecision;
