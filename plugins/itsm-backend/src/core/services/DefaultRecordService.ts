import { AuditorService } from '@backstage/backend-plugin-api';
import {
  LinkKind,
  RecordType,
  WorkflowRole,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotFoundError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { EntityLookup } from '../catalog/EntityLookup';
import {
  RecordStore,
  StoredRecord,
  StoredTimelineEvent,
  UpdateRecordOptions,
} from '../database/RecordStore';
import { checkApprovalCovers } from '../domain/checkApprovalCovers';
import { RecordEdit } from '../domain/diffRecord';
import { RecordChange } from '../model/notificationModel';
import {
  MoveFields,
  planTransition,
  TransitionInput,
} from '../domain/planTransition';
import { actorOf } from './actorOf';
import { writeRecord } from './writeRecord';
import { RecordLinking } from './RecordLinking';
import { RecordNotifier } from './DefaultRecordNotifier';
import { RecordChangePublisher } from './RecordChangePublisher';
import { RecordConflictError } from './RecordConflictError';
import { RecordCreation } from './RecordCreation';
import {
  EditPlanner,
  IntakePlanner,
  SlaClockPlanning,
} from './recordProcessHooks';
import { planRecordEdit } from './planRecordEdit';
import { RecordLoader, workflowOf } from './RecordLoader';
import { RecordReader } from './RecordReader';
import {
  ChangeRequest,
  CommentInput,
  CreateContext,
  CreateRecordInput,
  LinkView,
  ListRecordsQuery,
  PlannedChange,
  RecordService,
  RequestContext,
  TransitionPlanner,
} from './RecordService';

/**
 * The record use cases: validation, the workflow, the guarded store calls,
 * the audit log, live updates and notifications; reads are RecordReader's,
 * creation RecordCreation's and links RecordLinking's. Permission decisions arrive in
 * `ctx.access` (see AuthorizedRecordService) and are applied in SQL here.
 */
export class DefaultRecordService implements RecordService {
  constructor(
    private readonly deps: {
      store: RecordStore;
      entities: EntityLookup;
      auditor: AuditorService;
      publisher: RecordChangePublisher;
      /** Who hears of changes; none in tests that do not care. */
      notifier?: RecordNotifier;
      /** Each record type's intake, as its process registers it. */
      intakePlanners: Partial<Record<RecordType, IntakePlanner>>;
      /** What edits of a record type add, as its process registers it. */
      editPlanners?: Partial<Record<RecordType, EditPlanner>>;
      /** Starts and moves incidents' service level clocks; none without it. */
      slaClocks?: SlaClockPlanning;
      /** The fields of each record type's own moves, as its process declares them. */
      moveFields?: Partial<Record<RecordType, MoveFields>>;
      /** What moves of a record type do besides the workflow table's effects. */
      transitionPlanners?: Partial<Record<RecordType, TransitionPlanner>>;
      now?: () => Date;
    },
  ) {
    this.loader = new RecordLoader(deps.store);
    this.reader = new RecordReader(deps);
    this.creation = new RecordCreation({
      ...deps,
      loader: this.loader,
      publish: record => this.publish(record),
      notify: change => this.notify(change),
    });
    this.linking = new RecordLinking({
      ...deps,
      loader: this.loader,
      reader: this.reader,
      publish: record => this.publish(record),
      now: () => this.now(),
    });
  }

  private readonly loader: RecordLoader;
  private readonly reader: RecordReader;
  private readonly creation: RecordCreation;
  private readonly linking: RecordLinking;

  create(
    type: RecordType,
    input: CreateRecordInput,
    ctx: CreateContext,
  ): Promise<{ record: StoredRecord; created: boolean }> {
    return this.creation.create(type, input, ctx);
  }

  get(type: RecordType, idOrRef: string, ctx: RequestContext) {
    return this.reader.get(type, idOrRef, ctx);
  }

  list(type: RecordType, query: ListRecordsQuery, ctx: RequestContext) {
    return this.reader.list(type, query, ctx);
  }

  counts(
    type: RecordType,
    query: Omit<ListRecordsQuery, 'limit' | 'cursor'>,
    ctx: RequestContext,
  ) {
    return this.reader.counts(type, query, ctx);
  }

  timeline(
    type: RecordType,
    idOrRef: string,
    query: { limit?: number; cursor?: string },
    ctx: RequestContext,
  ) {
    return this.reader.timeline(type, idOrRef, query, ctx);
  }

  links(type: RecordType, idOrRef: string, ctx: RequestContext) {
    return this.reader.links(type, idOrRef, ctx);
  }

  reportScope(
    type: RecordType,
    query: { entityRef?: string; assignmentGroups?: string[] },
    ctx: RequestContext,
  ) {
    return this.reader.reportScope(type, query, ctx);
  }

  allowedActions(records: StoredRecord[], ctx: RequestContext) {
    return this.reader.allowedActions(records, ctx);
  }

  slaSummaries(records: StoredRecord[]) {
    return this.reader.slaSummaries(records, this.now());
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
        const planned = await planRecordEdit({
          record,
          edit,
          entities: this.deps.entities,
          editPlanner: this.deps.editPlanners?.[record.type],
          ctx,
        });
        return planned ? this.applyChange(record, planned) : record;
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
      'read',
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
          roles: await this.rolesOf(record, ctx),
          moveFields: this.deps.moveFields?.[type],
          actor: actorOf(ctx.credentials),
          now,
        });
        const planner = this.deps.transitionPlanners?.[type];
        return this.applyChange(record, {
          expectedVersion: input.version,
          ...(planner
            ? await planner({ record, input, plan, ctx, now })
            : plan),
        });
      },
    );
  }

  async change(
    type: RecordType,
    idOrRef: string,
    request: ChangeRequest,
    plan: (record: StoredRecord) => PlannedChange | Promise<PlannedChange>,
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.write(
      request.auditEventId,
      type,
      idOrRef,
      ctx,
      request.access,
      request.meta ?? {},
      async record => {
        if (request.version !== record.version) {
          throw new RecordConflictError(record);
        }
        return this.applyChange(record, {
          expectedVersion: request.version,
          ...(await plan(record)),
        });
      },
    );
  }

  async comment(
    type: RecordType,
    idOrRef: string,
    input: CommentInput,
    ctx: RequestContext,
  ): Promise<StoredTimelineEvent> {
    const visibility = input.visibility ?? 'public';
    return this.write(
      'record-comment',
      type,
      idOrRef,
      ctx,
      visibility === 'work_note' ? 'workNote' : 'comment',
      { visibility },
      async record => {
        const body = input.body;
        if (!body.trim()) {
          throw new InputError('body must not be blank');
        }
        const now = this.now();
        const actor = actorOf(ctx.credentials);
        // An agent's first public reply answers the incident (§8.1).
        const answers =
          this.hasClocks(record) &&
          visibility === 'public' &&
          actor !== record.reportedBy &&
          (await this.rolesOf(record, ctx)).includes('worker');
        const event = await this.deps.store.appendEvent(
          record.id,
          { kind: 'comment', actor, data: { body }, visibility },
          now,
          answers && this.deps.slaClocks
            ? { slaClocks: this.deps.slaClocks.mover({ now, responded: true }) }
            : {},
        );
        this.publish(record);
        this.notify({ before: record, after: record, event });
        return event;
      },
    );
  }

  link(
    type: RecordType,
    idOrRef: string,
    input: { target: string; kind: LinkKind },
    ctx: RequestContext,
  ): Promise<LinkView> {
    return this.linking.link(type, idOrRef, input, ctx);
  }

  /** Whether the record carries service level clocks (incidents do). */
  private hasClocks(record: StoredRecord): boolean {
    return this.deps.slaClocks?.recordTypes.includes(record.type) ?? false;
  }

  /** The parts the caller plays for the record, for the workflow's moves. */
  private async rolesOf(
    record: StoredRecord,
    ctx: RequestContext,
  ): Promise<WorkflowRole[]> {
    const roles: WorkflowRole[] = [];
    if (await this.reader.passes(record, ctx.access?.write))
      roles.push('worker');
    if (record.reportedBy === actorOf(ctx.credentials)) roles.push('reporter');
    return roles;
  }

  /**
   * Applies a guarded change: refused when it would leave what the
   * record's approval covers; a 409 with the record as it is now when
   * someone else changed it first; then published and notified.
   */
  private async applyChange(
    record: StoredRecord,
    change: Omit<UpdateRecordOptions, 'type' | 'id' | 'now'>,
  ): Promise<StoredRecord> {
    checkApprovalCovers(record, change.set);
    const now = this.now();
    const updated = await this.deps.store.updateRecord({
      type: record.type,
      id: record.id,
      now,
      ...change,
      ...(this.hasClocks(record) && this.deps.slaClocks
        ? { slaClocks: this.deps.slaClocks.mover({ now }) }
        : {}),
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
    this.publish(updated);
    this.notify({ before: record, after: updated, event: change.event });
    return updated;
  }

  /**
   * Tells open pages about the change without holding up the answer (the
   * publisher never rejects: a failed publish is logged).
   */
  private publish(record: StoredRecord): void {
    void this.deps.publisher.publish(record);
  }

  /** Sends notifications without holding up the answer. */
  private notify(change: RecordChange): void {
    void this.deps.notifier?.notify(change);
  }

  /** An audited change to one record the caller may change (writeRecord). */
  private write<T>(
    eventId: string,
    type: RecordType,
    idOrRef: string,
    ctx: RequestContext,
    access: keyof NonNullable<RequestContext['access']>,
    meta: JsonObject,
    change: (record: StoredRecord) => Promise<T>,
  ): Promise<T> {
    return writeRecord(
      { auditor: this.deps.auditor, loader: this.loader },
      { eventId, type, idOrRef, ctx, access, meta },
      change,
    );
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
