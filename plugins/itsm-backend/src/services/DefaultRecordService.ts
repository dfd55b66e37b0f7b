import { AuditorService } from '@backstage/backend-plugin-api';
import {
  LinkKind,
  MAX_PAGE_SIZE,
  Priority,
  priorities,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotFoundError } from '@backstage/errors';
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
import { IncidentIntakeSettings } from '../domain/planIncidentIntake';
import { planTransition, TransitionInput } from '../domain/planTransition';
import { actorOf } from './actorOf';
import { auditWrite } from './auditWrite';
import { planRecordIntake } from './planRecordIntake';
import { RecordChangePublisher } from './RecordChangePublisher';
import { RecordLoader, workflowOf } from './RecordLoader';
import { RecordConflictError } from './RecordConflictError';
import {
  AllowedActions,
  CreateContext,
  CreateRecordInput,
  LinkView,
  ListRecordsQuery,
  RecordService,
  RequestContext,
} from './RecordService';

const DEFAULT_PAGE_SIZE = 25;

function optionalEntityRef(ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : normalizeEntityRef(ref, 'entityRef');
}
const MAX_LINKS = 500;

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
      incidentIntake: IncidentIntakeSettings;
      now?: () => Date;
    },
  ) {
    this.loader = new RecordLoader(deps.store);
  }

  private readonly loader: RecordLoader;

  async create(
    type: RecordType,
    input: CreateRecordInput,
    ctx: CreateContext,
  ): Promise<{ record: StoredRecord; created: boolean }> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'record-create',
      ctx,
      meta: { type },
      write: async () => {
        const workflow = workflowOf(type);
        const title = input.title.trim();
        if (!title) {
          throw new InputError('title must not be blank');
        }
        const resolved = await this.deps.entities.resolve(input.entityRefs, {
          field: 'entityRefs',
          credentials: ctx.credentials,
        });
        const now = this.now();
        const intake = await planRecordIntake({
          type,
          input,
          resolved,
          ctx,
          now,
          entities: this.deps.entities,
          settings: this.deps.incidentIntake,
        });
        const result = await this.deps.store.createRecord({
          type,
          title,
          description: input.description,
          state: workflow.initialState,
          entityRefs: resolved.entityRefs,
          entityOwners: resolved.owners,
          createdBy: actorOf(ctx.credentials),
          idempotencyKey: ctx.idempotencyKey,
          alertSource: ctx.alertSource,
          now,
          ...intake,
        });
        if (result.created) {
          await this.deps.publisher.publish(result.record);
        }
        return result;
      },
    });
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
    const limit = Math.min(query.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const { records, hasMore } = await this.deps.store.listRecords({
      type,
      entityRef: optionalEntityRef(query.entityRef),
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
    workflowOf(type);
    const counted = await this.deps.store.countRecords({
      type,
      entityRef: optionalEntityRef(query.entityRef),
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
    return this.write(
      'record-update',
      type,
      idOrRef,
      ctx,
      'write',
      {},
      async record => {
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
    return this.write(
      'record-transition',
      type,
      idOrRef,
      ctx,
      'write',
      { action: input.action },
      async record => {
        if (input.version !== record.version) {
          throw new RecordConflictError(record);
        }
        const now = this.now();
        const people = await this.deps.entities.resolvePeople(
          { assignee: input.assignee },
          { credentials: ctx.credentials },
        );
        const plan = planTransition({
          workflow: workflowOf(type),
          record,
          input: { ...input, ...people },
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
    return this.write(
      'record-comment',
      type,
      idOrRef,
      ctx,
      'comment',
      {},
      async record => {
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
    const record = await this.loader.load(type, idOrRef, ctx.access?.read);
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
    return this.write(
      'record-link',
      type,
      idOrRef,
      ctx,
      'write',
      { target: input.target, kind: input.kind },
      async source => {
        const target = await this.loader.loadAnyType(
          input.target,
          'target',
          ctx.access?.read,
        );
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
    const record = await this.loader.load(type, idOrRef, ctx.access?.read);
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

  /**
   * An audited change to one record the caller may change (`access` names
   * which permission applies): the record is loaded inside the audit, so
   * refusals are audited too.
   */
  private write<T>(
    eventId: string,
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
    access: 'write' | 'comment',
    meta: JsonObject,
    change: (record: StoredRecord) => Promise<T>,
  ): Promise<T> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId,
      ctx,
      meta: { type, record: idOrRef, ...meta },
      write: async () =>
        change(
          await this.loader.loadForWrite(
            type,
            idOrRef,
            ctx.access?.read,
            ctx.access?.[access],
          ),
        ),
    });
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
