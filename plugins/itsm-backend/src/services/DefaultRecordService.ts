import { AuditorService } from '@backstage/backend-plugin-api';
import {
  formatRecordRef,
  LinkKind,
  MAX_PAGE_SIZE,
  parseRecordRef,
  Priority,
  priorities,
  RecordType,
  WorkflowDefinition,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { EntityLookup } from '../catalog/EntityLookup';
import { normalizeEntityRef } from '../catalog/normalizeEntityRef';
import {
  RecordCriteria,
  RecordStore,
  StoredRecord,
  StoredTimelineEvent,
  UpdateRecordOptions,
} from '../database/RecordStore';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { diffRecord, RecordEdit } from '../domain/diffRecord';
import { planTransition, TransitionInput } from '../domain/planTransition';
import { actorOf } from './actorOf';
import { RecordChangePublisher } from './RecordChangePublisher';
import { RecordConflictError } from './RecordConflictError';
import {
  AllowedActions,
  CreateRecordInput,
  LinkView,
  ListRecordsQuery,
  RecordService,
  RequestContext,
} from './RecordService';

const DEFAULT_PAGE_SIZE = 25;
const MAX_LINKS = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The record use cases: validation, the workflow, the guarded store calls,
 * the audit log and live updates. Permission decisions arrive in
 * `ctx.access` (see AuthorizedRecordService) and are applied in SQL here.
 */
export class DefaultRecordService implements RecordService {
  constructor(
    private readonly deps: {
      store: RecordStore;
      entities: EntityLookup;
      auditor: AuditorService;
      publisher: RecordChangePublisher;
      now?: () => Date;
    },
  ) {}

  async create(
    type: RecordType,
    input: CreateRecordInput,
    ctx: RequestContext & { idempotencyKey?: string },
  ): Promise<{ record: StoredRecord; created: boolean }> {
    return this.audited('record-create', ctx, { type }, async () => {
      const workflow = this.workflowOf(type);
      const title = input.title.trim();
      if (!title) {
        throw new InputError('title must not be blank');
      }
      const { entityRefs, owners } = await this.deps.entities.resolve(
        input.entityRefs,
        { field: 'entityRefs', credentials: ctx.credentials },
      );
      const result = await this.deps.store.createRecord({
        type,
        title,
        description: input.description,
        priority: input.priority,
        state: workflow.initialState,
        fields: {},
        entityRefs,
        entityOwners: owners,
        createdBy: actorOf(ctx.credentials),
        idempotencyKey: ctx.idempotencyKey,
        now: this.now(),
      });
      if (result.created) {
        await this.deps.publisher.publish(result.record);
      }
      return result;
    });
  }

  async get(
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.load(type, idOrRef, ctx.access?.read);
  }

  async list(
    type: RecordType,
    query: ListRecordsQuery,
    ctx: RequestContext,
  ): Promise<{ records: StoredRecord[]; nextCursor?: string }> {
    this.workflowOf(type);
    const limit = Math.min(query.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const { records, hasMore } = await this.deps.store.listRecords({
      type,
      entityRef:
        query.entityRef === undefined
          ? undefined
          : normalizeEntityRef(query.entityRef, 'entityRef'),
      states: query.states,
      limit,
      beforeNumber:
        query.cursor === undefined
          ? undefined
          : decodeCursor(query.cursor, 'before'),
      filter: ctx.access?.read,
    });
    const last = records[records.length - 1];
    return {
      records,
      ...(hasMore && last
        ? { nextCursor: encodeCursor('before', last.number) }
        : {}),
    };
  }

  async counts(
    type: RecordType,
    query: Omit<ListRecordsQuery, 'limit' | 'cursor'>,
    ctx: RequestContext,
  ): Promise<{ total: number; byPriority: Record<Priority, number> }> {
    this.workflowOf(type);
    const counted = await this.deps.store.countRecords({
      type,
      entityRef:
        query.entityRef === undefined
          ? undefined
          : normalizeEntityRef(query.entityRef, 'entityRef'),
      states: query.states,
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

  async update(
    type: RecordType,
    idOrRef: string,
    edit: RecordEdit & { version: number },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.audited(
      'record-update',
      ctx,
      { type, record: idOrRef },
      async () => {
        const record = await this.loadForWrite(
          type,
          idOrRef,
          ctx,
          ctx.access?.write,
        );
        if (edit.title !== undefined && !edit.title.trim()) {
          throw new InputError('title must not be blank');
        }
        const resolved =
          edit.entityRefs === undefined
            ? undefined
            : await this.deps.entities.resolve(edit.entityRefs, {
                field: 'entityRefs',
                credentials: ctx.credentials,
              });
        const normalised: RecordEdit = {
          ...edit,
          title: edit.title?.trim(),
          entityRefs: resolved?.entityRefs,
        };
        const changes = diffRecord(record, normalised);
        if (changes.length === 0 && edit.version === record.version) {
          return record;
        }
        return this.applyChange(record, {
          expectedVersion: edit.version,
          set: {
            title: normalised.title,
            description: normalised.description,
            priority: normalised.priority,
            entityRefs: resolved?.entityRefs,
          },
          entityOwners: resolved?.owners,
          event: {
            kind: 'updated',
            actor: actorOf(ctx.credentials),
            data: { changes },
          },
        });
      },
    );
  }

  async transition(
    type: RecordType,
    idOrRef: string,
    input: TransitionInput,
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.audited(
      'record-transition',
      ctx,
      { type, record: idOrRef, action: input.action },
      async () => {
        const record = await this.loadForWrite(
          type,
          idOrRef,
          ctx,
          ctx.access?.write,
        );
        if (input.version !== record.version) {
          throw new RecordConflictError(record);
        }
        const now = this.now();
        const plan = planTransition({
          workflow: this.workflowOf(type),
          record,
          input,
          actor: actorOf(ctx.credentials),
          now,
        });
        return this.applyChange(record, {
          expectedVersion: input.version,
          ...plan,
        });
      },
    );
  }

  async comment(
    type: RecordType,
    idOrRef: string,
    body: string,
    ctx: RequestContext,
  ): Promise<StoredTimelineEvent> {
    return this.audited(
      'record-comment',
      ctx,
      { type, record: idOrRef },
      async () => {
        const record = await this.loadForWrite(
          type,
          idOrRef,
          ctx,
          ctx.access?.comment,
        );
        if (!body.trim()) {
          throw new InputError('body must not be blank');
        }
        const event = await this.deps.store.appendEvent(
          record.id,
          { kind: 'comment', actor: actorOf(ctx.credentials), data: { body } },
          this.now(),
        );
        await this.deps.publisher.publish(record);
        return event;
      },
    );
  }

  async timeline(
    type: RecordType,
    idOrRef: string,
    query: { limit?: number; cursor?: string },
    ctx: RequestContext,
  ): Promise<{ events: StoredTimelineEvent[]; nextCursor?: string }> {
    const record = await this.load(type, idOrRef, ctx.access?.read);
    const { events, hasMore } = await this.deps.store.listTimeline({
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

  async link(
    type: RecordType,
    idOrRef: string,
    input: { target: string; kind: LinkKind },
    ctx: RequestContext,
  ): Promise<LinkView> {
    return this.audited(
      'record-link',
      ctx,
      { type, record: idOrRef, target: input.target, kind: input.kind },
      async () => {
        const source = await this.loadForWrite(
          type,
          idOrRef,
          ctx,
          ctx.access?.write,
        );
        const target = await this.loadAnyType(input.target, ctx.access?.read);
        if (target.id === source.id) {
          throw new InputError('target: a record cannot be linked to itself');
        }
        const link = await this.deps.store.createLink({
          sourceId: source.id,
          targetId: target.id,
          kind: input.kind,
          actor: actorOf(ctx.credentials),
          now: this.now(),
        });
        if (!link) {
          throw new InputError(
            `target: ${source.ref} is already linked to ${target.ref} as ${input.kind}`,
          );
        }
        await this.deps.publisher.publish(source);
        return { link, source, target };
      },
    );
  }

  async links(
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<LinkView[]> {
    const record = await this.load(type, idOrRef, ctx.access?.read);
    return this.deps.store.listLinks(record.id, MAX_LINKS);
  }

  async allowedActions(
    records: StoredRecord[],
    ctx: RequestContext,
  ): Promise<Map<string, AllowedActions>> {
    const ids = records.map(r => r.id);
    const permitted = async (filter?: RecordCriteria) =>
      filter ? this.deps.store.filterRecordIds(ids, filter) : new Set(ids);
    const [update, comment] = await Promise.all([
      permitted(ctx.access?.write),
      permitted(ctx.access?.comment),
    ]);
    return new Map(
      ids.map(id => [id, { update: update.has(id), comment: comment.has(id) }]),
    );
  }

  private async applyChange(
    record: StoredRecord,
    change: Omit<UpdateRecordOptions, 'type' | 'id' | 'now'>,
  ): Promise<StoredRecord> {
    const updated = await this.deps.store.updateRecord({
      type: record.type,
      id: record.id,
      now: this.now(),
      ...change,
    });
    if (!updated) {
      const current = await this.deps.store.getRecord({
        type: record.type,
        id: record.id,
      });
      if (!current) {
        throw new NotFoundError(`${record.ref} no longer exists`);
      }
      throw new RecordConflictError(current);
    }
    await this.deps.publisher.publish(updated);
    return updated;
  }

  /** A record the caller may read; 404 when absent, 403 when hidden. */
  private async load(
    type: RecordType,
    idOrRef: string,
    filter?: RecordCriteria,
  ): Promise<StoredRecord> {
    this.workflowOf(type);
    const number = parseRecordRef(type, idOrRef);
    const label =
      number !== undefined ? formatRecordRef(type, number) : idOrRef;
    let key: { number: number } | { id: string };
    if (number !== undefined) {
      key = { number };
    } else if (UUID.test(idOrRef)) {
      key = { id: idOrRef.toLowerCase() };
    } else {
      throw new NotFoundError(`No ${type} ${label}`);
    }
    const record = await this.deps.store.getRecord({ type, ...key, filter });
    if (record) {
      return record;
    }
    if (filter && (await this.deps.store.getRecord({ type, ...key }))) {
      throw new NotAllowedError(`You may not see ${label}`);
    }
    throw new NotFoundError(`No ${type} ${label}`);
  }

  /** A record of any type, by human id (for links). */
  private async loadAnyType(
    idOrRef: string,
    filter?: RecordCriteria,
  ): Promise<StoredRecord> {
    for (const type of Object.keys(workflows) as RecordType[]) {
      if (parseRecordRef(type, idOrRef) !== undefined || UUID.test(idOrRef)) {
        try {
          return await this.load(type, idOrRef, filter);
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
    }
    throw new InputError(`target: no record ${idOrRef}`);
  }

  private async loadForWrite(
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
    writeFilter?: RecordCriteria,
  ): Promise<StoredRecord> {
    const record = await this.load(type, idOrRef, ctx.access?.read);
    if (
      writeFilter &&
      !(await this.deps.store.getRecord({
        type,
        id: record.id,
        filter: writeFilter,
      }))
    ) {
      throw new NotAllowedError(`You may not change ${record.ref}`);
    }
    return record;
  }

  private workflowOf(type: RecordType): WorkflowDefinition {
    const workflow = workflows[type];
    if (!workflow) {
      throw new NotFoundError(`There are no ${type} records yet`);
    }
    return workflow;
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  private async audited<T>(
    eventId: string,
    ctx: RequestContext,
    meta: JsonObject,
    fn: () => Promise<T>,
  ): Promise<T> {
    const event = await this.deps.auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: ctx.request,
      meta,
    });
    try {
      const result = await fn();
      const record = (result as { record?: StoredRecord })?.record ?? result;
      const ref = (record as StoredRecord)?.ref;
      await event.success({ meta: ref ? { ...meta, ref } : meta });
      return result;
    } catch (error) {
      await event.fail({ meta, error: error as Error });
      throw error;
    }
  }
}
