import {
  isKnownErrorNow,
  KnownError,
  knownErrorStates,
  KnownErrorList,
  Priority,
  RootCause,
  rootCauseText,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/** Problems read per page while looking for known errors. */
const PAGE = 200;
/** Problems looked through for one answer, at most. */
const SCANNED = 5000;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

/** What a question to the known-error base may say. */
export type KnownErrorQuery = {
  /** Those of an entity (a system with its parts). */
  entityRef?: unknown;
  /** Words that must all appear in the title, description, cause or workaround. */
  q?: unknown;
  limit?: unknown;
};

/** A known error as the base lists it. */
export function toKnownError(record: StoredRecord): KnownError {
  const rootCause = record.fields.rootCause as RootCause | undefined;
  return {
    id: record.id,
    ref: record.ref,
    title: record.title,
    description: record.description,
    state: record.state,
    priority: record.priority as Priority,
    category: record.category ?? 'other',
    workaround: String(record.fields.workaround ?? ''),
    ...(rootCause ? { rootCause } : {}),
    entityRefs: record.entityRefs,
    updatedAt: record.updatedAt,
  };
}

function matchesWords(record: StoredRecord, words: string[]): boolean {
  const text = [
    record.ref,
    record.title,
    record.description,
    String(record.fields.workaround ?? ''),
    rootCauseText(record.fields.rootCause as RootCause | undefined),
  ]
    .join(' ')
    .toLowerCase();
  return words.every(word => text.includes(word));
}

/**
 * The known-error base: problems with a root cause and a workaround that
 * are not closed or cancelled, most urgent first, as the caller may read
 * them; of one entity, or matching words.
 */
export class KnownErrorLookup {
  constructor(private readonly deps: { records: RecordService }) {}

  async knownErrors(
    query: KnownErrorQuery,
    ctx: RequestContext,
  ): Promise<KnownErrorList> {
    const entityRef = optionalText(query.entityRef, 'entityRef');
    const words = (optionalText(query.q, 'q') ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    const limit = readLimit(query.limit);
    const items: KnownError[] = [];
    let cursor: string | undefined;
    for (let scanned = 0; scanned < SCANNED && items.length < limit; ) {
      const page = await this.deps.records.list(
        'problem',
        {
          entityRef,
          states: [...knownErrorStates],
          sort: 'priority',
          limit: PAGE,
          cursor,
        },
        ctx,
      );
      scanned += page.records.length;
      for (const record of page.records) {
        if (!isKnownErrorNow(record)) continue;
        if (!matchesWords(record, words)) continue;
        items.push(toKnownError(record));
        if (items.length >= limit) break;
      }
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return { items };
  }
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new InputError(`${field} must be given once, as text`);
  }
  return value.trim() || undefined;
}

function readLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new InputError(`limit must be a whole number from 1 to ${MAX_LIMIT}`);
  }
  return n;
}
