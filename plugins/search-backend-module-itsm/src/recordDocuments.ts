import { IndexableDocument } from '@backstage/plugin-search-common';
import {
  ItsmSearchDocument,
  ItsmSearchType,
  Priority,
  RecordType,
  RootCause,
  rootCauseText,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';

/** An ITSM record as search indexes it, with whose it is to read. */
export type ItsmIndexableDocument = IndexableDocument & ItsmSearchDocument;

/**
 * A record as the itsm backend's lists give it: the fields every record
 * type has, and a problem's analysis.
 */
export type ListedRecord = {
  id: string;
  ref: string;
  title: string;
  description: string;
  state: string;
  priority: Priority;
  entityRefs: string[];
  knownError?: boolean;
  rootCause?: RootCause;
  workaround?: string;
};

/** Where each record type's list and pages are, under `/itsm`. */
export const recordPaths: Record<RecordType, string> = {
  incident: 'incidents',
  problem: 'problems',
  change: 'changes',
  release: 'releases',
  risk: 'risks',
  'impact-analysis': 'business-impact-analyses',
  'continuity-plan': 'continuity-plans',
  exercise: 'exercises',
  improvement: 'improvements',
  training: 'trainings',
};

/** The name of a catalog entity, from its ref (`component:default/ledger`). */
function entityNameOf(entityRef: string): string {
  return entityRef.slice(entityRef.search(/[^:/]*$/));
}

/**
 * A record as a search document: titled with its human id, holding its
 * description, its state in words, its priority and its entities, linking
 * to its page. Search shows it only to those who may read the record: the
 * document names it (`authorization.resourceRef`, the record's id, a
 * resource of the itsm backend's `itsm-record` type).
 */
export function toRecordDocument(
  recordType: RecordType,
  record: ListedRecord,
): ItsmIndexableDocument {
  return {
    title: `${record.ref}: ${record.title}`,
    text: record.description ?? '',
    location: `/itsm/${recordPaths[recordType]}/${encodeURIComponent(
      record.ref,
    )}`,
    ref: record.ref,
    refNumber: record.ref.replace(/^\D*/, ''),
    recordType,
    state: record.state,
    stateLabel:
      workflows[recordType]?.stateLabels[record.state] ?? record.state,
    priority: record.priority,
    entityRefs: record.entityRefs ?? [],
    entityNames: (record.entityRefs ?? []).map(entityNameOf).join(' '),
    workaround: '',
    authorization: { resourceRef: record.id },
  };
}

/**
 * A known error (a problem with a root cause and a workaround) as a
 * search document: the problem's document with the cause and the
 * workaround in its text. Its location is the problem's page with
 * `#known-error`: search engines key documents by location, and the
 * problem has its own document at the page's address.
 */
export function toKnownErrorDocument(
  problem: ListedRecord,
): ItsmIndexableDocument {
  const document = toRecordDocument('problem', problem);
  const workaround = problem.workaround ?? '';
  return {
    ...document,
    text: [
      problem.description,
      `Root cause: ${rootCauseText(problem.rootCause)}`,
      `Workaround: ${workaround}`,
    ]
      .filter(part => part?.trim())
      .join('\n'),
    location: `${document.location}#known-error`,
    workaround,
  };
}

/**
 * What a run that finds no record indexes instead of nothing: the search
 * engines that ship with Backstage keep a type's last index when a run
 * gives no document, and the Lunr engine, without an index, answers a
 * search of the type with an error (HTTP 500). The marker replaces the
 * index; its location is no web address, so the search backend leaves it
 * out of every answer (it answers only http and https locations).
 */
export function emptyIndexMarker(
  searchType: ItsmSearchType,
  recordType: RecordType,
): ItsmIndexableDocument {
  return {
    title: `No ${searchType} records`,
    text: '',
    location: `itsm-search:empty/${searchType}`,
    ref: '',
    refNumber: '',
    recordType,
    state: '',
    stateLabel: '',
    priority: 'P4',
    entityRefs: [],
    entityNames: '',
    workaround: '',
  };
}
