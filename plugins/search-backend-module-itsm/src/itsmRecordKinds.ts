import {
  isKnownErrorNow,
  itsmSearchTypes,
  ItsmSearchType,
  knownErrorStates,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import {
  ItsmIndexableDocument,
  ListedRecord,
  toKnownErrorDocument,
  toRecordDocument,
} from './recordDocuments';

/** What one ITSM collator indexes, and how. */
export type ItsmRecordKind = {
  /** The search document type. */
  searchType: ItsmSearchType;
  /** The records it reads. */
  recordType: RecordType;
  /** What it reads, in words for messages. */
  what: string;
  /** Only records in these states (all when absent). */
  states?: readonly string[];
  /** The record's document; undefined to leave the record out. */
  toDocument(record: ListedRecord): ItsmIndexableDocument | undefined;
};

function everyRecordOf(recordType: RecordType, what: string): ItsmRecordKind {
  return {
    searchType: itsmSearchTypes[recordType],
    recordType,
    what,
    toDocument: record => toRecordDocument(recordType, record),
  };
}

/**
 * The ITSM collators: every incident, problem, change and release; every
 * risk, business impact analysis, continuity plan and exercise (IT service
 * continuity, chapter 9); every improvement item and training session
 * (continual improvement, chapter 10); and the known-error base (problems with a root
 * cause and a workaround that are not closed or cancelled, the rule of
 * `isKnownErrorNow`).
 */
export const itsmRecordKinds = {
  incident: everyRecordOf('incident', 'incidents'),
  problem: everyRecordOf('problem', 'problems'),
  change: everyRecordOf('change', 'changes'),
  release: everyRecordOf('release', 'releases'),
  risk: everyRecordOf('risk', 'risks'),
  impactAnalysis: everyRecordOf('impact-analysis', 'business impact analyses'),
  continuityPlan: everyRecordOf('continuity-plan', 'continuity plans'),
  exercise: everyRecordOf('exercise', 'exercises'),
  improvement: everyRecordOf('improvement', 'improvement items'),
  training: everyRecordOf('training', 'training sessions'),
  knownError: {
    searchType: itsmSearchTypes.knownError,
    recordType: 'problem',
    what: 'the known-error base',
    states: knownErrorStates,
    toDocument: problem =>
      isKnownErrorNow({
        state: problem.state,
        fields: { knownError: problem.knownError },
      })
        ? toKnownErrorDocument(problem)
        : undefined,
  },
} satisfies Record<string, ItsmRecordKind>;
