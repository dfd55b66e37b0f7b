import {
  MAX_PAGE_SIZE,
  Priority,
  priorities,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityLookup } from '../catalog/EntityLookup';
import {
  RecordCriteria,
  RecordQueryFilters,
  RecordStore,
  StoredRecord,
  StoredTimelineEvent,
} from '../database/RecordStore';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import {
  nextPageCursor,
  planRecordFilters,
  planRecordList,
} from '../domain/planRecordQuery';
import { SlaClockSummary, StoredSlaClock } from '../model/slaClockModel';
import { actorOf } from './actorOf';
import { SlaClockPlanning } from './recordProcessHooks';
import { RecordLoader, workflowOf } from './RecordLoader';
import {
  AllowedActions,
  LinkView,
  ListRecordsQuery,
  ReportScope,
  RequestContext,
} from './RecordService';

const MAX_LINKS = 500;

/**
 * The record use cases that only read: one record, lists and counts (the
 * queues), timelines, links, report scopes and what the caller may do, each
 * under the caller's permission criteria (`ctx.access`), in SQL.
 */
export class RecordReader {
  private readonly loader: RecordLoader;

  constructor(
    private readonly deps: {
      store: RecordStore;
      entities: EntityLookup;
      /** The clocks' process, which says which clock a queue shows. */
      slaClocks?: SlaClockPlanning;
    },
  ) {
    this.loader = new RecordLoader(deps.store);
  }

  async get(
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.loader.load(type, idOrRef, ctx.access?.read);
  }

  async list(
    type: RecordType,
    query: ListRecordsQuery,
    ctx: RequestContext,
  ): Promise<{ records: StoredRecord[]; nextCursor?: string }> {
    workflowOf(type);
    const { records, hasMore } = await this.deps.store.listRecords({
      ...(await this.withSystemParts(planRecordList(type, query), ctx)),
      filter: ctx.access?.read,
    });
    const last = records[records.length - 1];
    return {
      records,
      ...(hasMore && last
        ? { nextCursor: nextPageCursor(query.sort, last) }
        : {}),
    };
  }

  async counts(
    type: RecordType,
    query: Omit<ListRecordsQuery, 'limit' | 'cursor'>,
    ctx: RequestContext,
  ): Promise<{ total: number; byPriority: Record<Priority, number> }> {
    workflowOf(type);
    const counted = await this.deps.store.countRecords({
      type,
      ...(await this.withSystemParts(planRecordFilters(type, query), ctx)),
      filter: ctx.access?.read,
    });
    const byPriority = Object.fromEntries(
      priorities.map(p => [p, counted[p] ?? 0]),
    ) as Record<Priority, number>;
    return {
      total: Object.values(byPriority).reduce((sum, n) => sum + n, 0),
      byPriority,
    };
  }

  async timeline(
    type: RecordType,
    idOrRef: string,
    query: { limit?: number; cursor?: string },
    ctx: RequestContext,
  ): Promise<{ events: StoredTimelineEvent[]; nextCursor?: string }> {
    const record = await this.loader.load(type, idOrRef, ctx.access?.read);
    const { events, hasMore } = await this.deps.store.listTimeline({
      workNotes: await this.passes(record, ctx.access?.workNote),
      recordId: record.id,
      limit: Math.min(query.limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE),
      afterId:
        query.cursor === undefined
          ? undefined
          : String(decodeCursor(query.cursor, 'after')),
    });
    const last = events[events.length - 1];
    return {
      events,
      ...(hasMore && last
        ? { nextCursor: encodeCursor('after', Number(last.id)) }
        : {}),
    };
  }

  async links(
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<LinkView[]> {
    const record = await this.loader.load(type, idOrRef, ctx.access?.read);
    return this.deps.store.listLinks(record.id, MAX_LINKS);
  }

  async reportScope(
    type: RecordType,
    query: { entityRef?: string; assignmentGroups?: string[] },
    ctx: RequestContext,
  ): Promise<ReportScope> {
    const scope = await this.withSystemParts(
      planRecordFilters(type, query),
      ctx,
    );
    return {
      anyOfEntityRefs:
        scope.anyOfEntityRefs ??
        (scope.entityRef ? [scope.entityRef] : undefined),
      assignmentGroups: scope.assignmentGroups,
      filter: ctx.access?.read,
    };
  }

  async allowedActions(
    records: StoredRecord[],
    ctx: RequestContext,
  ): Promise<Map<string, AllowedActions>> {
    const ids = records.map(r => r.id);
    const permitted = async (filter?: RecordCriteria) =>
      filter ? this.deps.store.filterRecordIds(ids, filter) : new Set(ids);
    const [update, comment, workNote] = await Promise.all([
      permitted(ctx.access?.write),
      permitted(ctx.access?.comment),
      permitted(ctx.access?.workNote),
    ]);
    const actor = actorOf(ctx.credentials);
    return new Map(
      records.map(({ id, reportedBy }) => [
        id,
        {
          update: update.has(id),
          comment: comment.has(id),
          workNote: workNote.has(id),
          respond: reportedBy === actor,
        },
      ]),
    );
  }

  /**
   * The clock a queue shows of each record with clocks, as of `now`: the
   * clocks of the whole page in one query, summarised by the process that
   * plans them.
   */
  async slaSummaries(
    records: StoredRecord[],
    now: string,
  ): Promise<Map<string, SlaClockSummary>> {
    const planning = this.deps.slaClocks;
    const ids = records
      .filter(record => planning?.recordTypes.includes(record.type))
      .map(record => record.id);
    const summaries = new Map<string, SlaClockSummary>();
    if (!planning || ids.length === 0) return summaries;
    const byRecord = new Map<string, StoredSlaClock[]>();
    for (const clock of await this.deps.store.listSlaClocksOf(ids)) {
      byRecord.set(clock.recordId, [
        ...(byRecord.get(clock.recordId) ?? []),
        clock,
      ]);
    }
    for (const [id, clocks] of byRecord) {
      const summary = planning.summarize(clocks, now);
      if (summary) summaries.set(id, summary);
    }
    return summaries;
  }

  /**
   * A system's records include those of its parts (components, resources,
   * APIs): an entity filter on a system becomes "any of the system and its
   * parts".
   */
  async withSystemParts<T extends RecordQueryFilters>(
    filters: T,
    ctx: RequestContext,
  ): Promise<T> {
    const system = filters.entityRef;
    if (!system?.startsWith('system:')) {
      return filters;
    }
    const parts = await this.deps.entities.partsOf(system, {
      credentials: ctx.credentials,
    });
    return {
      ...filters,
      entityRef: undefined,
      anyOfEntityRefs: [system, ...parts],
    };
  }

  async passes(
    record: StoredRecord,
    criteria: RecordCriteria | undefined,
  ): Promise<boolean> {
    if (!criteria) {
      return true;
    }
    return (await this.deps.store.filterRecordIds([record.id], criteria)).has(
      record.id,
    );
  }
}
