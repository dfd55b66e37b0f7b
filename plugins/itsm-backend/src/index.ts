/**
 * The ITSM backend plugin: records, workflows, timeline and permissions,
 * mounted at /api/itsm.
 *
 * @packageDocumentation
 */
export { itsmPlugin as default } from './plugin';
export {
  itsmRecordConditions,
  createItsmRecordConditionalDecision,
} from './permissions/conditionExports';
export { recordPermissionResourceRef } from './permissions/recordPermissionResource';
export type { RecordResource } from './permissions/recordPermissionResource';
