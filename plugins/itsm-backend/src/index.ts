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
} from './core/permissions/conditionExports';
export { recordPermissionResourceRef } from './core/permissions/recordPermissionResource';
export type { RecordResource } from './core/permissions/recordPermissionResource';
