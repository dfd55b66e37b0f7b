import {
  MAX_PAGE_SIZE,
  parseRecordRef,
  RecordSort,
  RecordType,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { normalizeEntityRef } from './normalizeEntityRef';
import {
  ListRecordsOptions,
  ListRecordsQuery,
  RecordKeyset,
  RecordQueryFilters,
  StoredRecord,
} from '../model/recordModel';
import { decodeKeysetCursor, encodeKeysetCursor } from './cursor';

const DEFAULT_PAGE_SIZE = 25;

/** The largest record number a column holds (PostgreSQL's integer). */
const MAX_RECORD_NUMBER = 2_147_483_647;

/** The keys besides the record number each sort's cursor holds. */
const cursorKeys: Record<RecordSort, readonly ('priority' | 'updatedAt')[]> = {
  newest: [],
  priority: ['priority'],
  updated: ['updatedAt'],
};

function lowerCased(refs: string[] | undefined, field: string) {
  return refs?.map((ref, i) => normalizeEntityRef(ref, `${field}[${i}]`));
}

/** The record number a search for a human id (`INC-12`) means. */
function numberIn(type: RecordType, words: string): number | undefined {
  const number = parseRecordRef(type, words);
  return number !== undefined && number <= MAX_RECORD_NUMBER
    ? number
    : undefined;
}

/**
 * What a list or count query asks the store for: the filters with entity
 * refs normalised, a search (`q`, which also finds a human id such as
 * `INC-12`), the sort and where the page starts.
 */
export function planRecordFilters(
  type: RecordType,
  query: Omit<ListRecordsQuery, 'sort' | 'limit' | 'cursor'>,
): RecordQueryFilters {
  const words = query.q?.trim();
  if (query.q !== undefined && !words) {
    throw new InputError('q must not be blank');
  }
  // "Every open state" is the open flag, which the queue indexes lead with.
  const openStates = workflows[type]?.openStates ?? [];
  const allOpen =
    query.states !== undefined &&
    query.states.length === openStates.length &&
    openStates.every(s => query.states!.includes(s));
  return {
    ...(allOpen ? { open: true } : { states: query.states }),
    // Asked for by use cases (open or closed records) besides the states.
    ...(query.open !== undefined ? { open: query.open } : {}),
    entityRef:
      query.entityRef === undefined
        ? undefined
        : normalizeEntityRef(query.entityRef, 'entityRef'),
    priorities: query.priorities,
    categories: query.categories,
    assignees: lowerCased(query.assignees, 'assignee'),
    assignmentGroups: lowerCased(query.assignmentGroups, 'assignmentGroup'),
    reporters: lowerCased(query.reporters, 'reportedBy'),
    unassigned: query.unassigned,
    supportTiers: query.supportTiers,
    ...(query.anyOfEntityRefs
      ? { anyOfEntityRefs: lowerCased(query.anyOfEntityRefs, 'entityRef') }
      : {}),
    ...(query.windowOverlaps ? { windowOverlaps: query.windowOverlaps } : {}),
    ...(query.createdWithin ? { createdWithin: query.createdWithin } : {}),
    ...(words ? { text: { words, number: numberIn(type, words) } } : {}),
  };
}

/** A list query as the store takes it (without the permission filter). */
export function planRecordList(
  type: RecordType,
  query: ListRecordsQuery,
): Omit<ListRecordsOptions, 'filter'> {
  const sort = query.sort ?? 'newest';
  let after: RecordKeyset | undefined;
  if (query.cursor !== undefined) {
    const keyset = decodeKeysetCursor(query.cursor, sort, cursorKeys[sort]);
    if (
      keyset.number > MAX_RECORD_NUMBER ||
      (typeof keyset.updatedAt === 'string' &&
        Number.isNaN(Date.parse(keyset.updatedAt)))
    ) {
      throw new InputError(
        'cursor is not valid: pass the nextCursor of the previous page unchanged',
      );
    }
    after = {
      number: keyset.number,
      ...(typeof keyset.priority === 'string'
        ? { priority: keyset.priority }
        : {}),
      ...(typeof keyset.updatedAt === 'string'
        ? { updatedAt: keyset.updatedAt }
        : {}),
    };
  }
  return {
    type,
    ...planRecordFilters(type, query),
    sort,
    limit: Math.min(query.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    after,
  };
}

/** The cursor of the page after the one that ends with `last`. */
export function nextPageCursor(
  sort: RecordSort | undefined,
  last: StoredRecord,
): string {
  const order = sort ?? 'newest';
  const keyset: Record<string, string | number> = { number: last.number };
  if (order === 'priority') keyset.priority = last.priority;
  if (order === 'updated') keyset.updatedAt = last.updatedAt;
  return encodeKeysetCursor(order, keyset);
}
