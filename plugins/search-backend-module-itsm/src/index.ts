/**
 * ITSM records in Backstage search: incidents, problems, changes, releases
 * and the known-error base.
 *
 * @packageDocumentation
 */
export { searchModuleItsm as default } from './module';
export { ItsmRecordCollatorFactory } from './ItsmRecordCollatorFactory';
export { itsmRecordKinds } from './itsmRecordKinds';
export type { ItsmRecordKind } from './itsmRecordKinds';
export type { ItsmIndexableDocument, ListedRecord } from './recordDocuments';
