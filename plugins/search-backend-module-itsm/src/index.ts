/**
 * The ITSM known-error base in Backstage search.
 *
 * @packageDocumentation
 */
export { searchModuleItsmKnownErrors as default } from './module';
export {
  ItsmKnownErrorCollatorFactory,
  KNOWN_ERROR_DOCUMENT_TYPE,
  toKnownErrorDocument,
} from './ItsmKnownErrorCollatorFactory';
export type { KnownErrorDocument } from './ItsmKnownErrorCollatorFactory';
