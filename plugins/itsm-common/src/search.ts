import { Priority } from './priorities';
import {
  formatRecordRef,
  parseRecordRef,
  RecordType,
  recordRefPrefixes,
} from './recordTypes';

/**
 * The Backstage search document type of each kind of ITSM record, and of
 * the known-error base (problems with a root cause and a workaround).
 *
 * @public
 */
export const itsmSearchTypes = {
  incident: 'itsm-incident',
  problem: 'itsm-problem',
  change: 'itsm-change',
  release: 'itsm-release',
  risk: 'itsm-risk',
  'impact-analysis': 'itsm-impact-analysis',
  'continuity-plan': 'itsm-continuity-plan',
  exercise: 'itsm-exercise',
  improvement: 'itsm-improvement',
  training: 'itsm-training',
  knownError: 'itsm-known-error',
} as const;

/** @public */
export type ItsmSearchType =
  (typeof itsmSearchTypes)[keyof typeof itsmSearchTypes];

/**
 * An ITSM record as Backstage search holds it. Every document of a type has
 * every field (empty when the record has none), so engines that take their
 * fields from the first document index them all.
 *
 * @public
 */
export type ItsmSearchDocument = {
  /** The human id and the title: `INC-12: Checkout fails`. */
  title: string;
  /** The description (and, for a known error, its cause and workaround). */
  text: string;
  /** The record's page, e.g. `/itsm/incidents/INC-12`. */
  location: string;
  /** The human id, e.g. `INC-12`. */
  ref: string;
  /**
   * The number of the human id (`12`), a field of its own: engines that
   * split `INC-12` at the hyphen (Lunr) then rank the record first among
   * its type for its id, above records whose words hold the number.
   */
  refNumber: string;
  recordType: RecordType;
  /** The state as the workflow names it, e.g. `in_progress`. */
  state: string;
  /** The state in words, e.g. `In progress`. */
  stateLabel: string;
  priority: Priority;
  /** The catalog entities the record affects. */
  entityRefs: string[];
  /** Their names, as words search finds (`ledger-service payments`). */
  entityNames: string;
  /** The workaround of a known error; empty for other records. */
  workaround: string;
};

/**
 * The record a search term names when it is exactly a human id, in any
 * case (`inc-2`, ` PRB-14 `): its ref as the records carry it (`INC-2`)
 * and its record type; `undefined` for any other term.
 *
 * @public
 */
export function parseSearchedRef(
  term: string,
): { ref: string; recordType: RecordType } | undefined {
  for (const recordType of Object.keys(recordRefPrefixes) as RecordType[]) {
    const number = parseRecordRef(recordType, term);
    if (number !== undefined) {
      return { ref: formatRecordRef(recordType, number), recordType };
    }
  }
  return undefined;
}
