import { PermissionsService } from '@backstage/backend-plugin-api';
import {
  itsmRecordCommentPermission,
  itsmRecordCreatePermission,
  itsmRecordReadPermission,
  itsmRecordReportOnBehalfPermission,
  itsmRecordUpdatePermission,
  itsmRecordWorkNotePermission,
  LinkKind,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { ConditionTransformer } from '@backstage/plugin-permission-node';
import { normalizeEntityRef } from '../domain/normalizeEntityRef';
import {
  RecordCriteria,
  RecordFilter,
  StoredRecord,
} from '../database/RecordStore';
import { RecordEdit } from '../domain/diffRecord';
import { TransitionInput } from '../domain/planTransition';
import { actorOf } from './actorOf';
import {
  ChangeRequest,
  CommentInput,
  PlannedChange,
  CreateContext,
  CreateRecordInput,
  ListRecordsQuery,
  RecordAccess,
  RecordService,
  RequestContext,
} from './RecordService';

type AccessKind = keyof RecordAccess;

const permissionOf: Record<AccessKind, ResourcePermission> = {
  read: itsmRecordReadPermission,
  write: itsmRecordUpdatePermission,
  comment: itsmRecordCommentPermission,
  workNote: itsmRecordWorkNotePermission,
};
const accessKinds = Object.keys(permissionOf) as AccessKind[];

/**
 * Whether the new record names someone else than the caller as its reporter
 * (refs compared as stored), and no channel of the plugin vouches for them
 * (`verifiedReporter`: the mail intake's authenticated sender). A ref that
 * is not one is left to intake's 400.
 */
function reportsOnBehalf(input: CreateRecordInput, ctx: CreateContext) {
  if (input.reportedBy === undefined) return false;
  let reporter: string;
  try {
    reporter = normalizeEntityRef(input.reportedBy, 'reportedBy', 'user');
  } catch {
    return false;
  }
  const caller = actorOf(ctx.credentials).toLocaleLowerCase('en-US');
  return reporter !== caller && reporter !== ctx.verifiedReporter;
}

/** Criteria no record satisfies: what a DENY decision narrows to. */
const NOTHING: RecordCriteria = { kind: 'none' };

/**
 * Asks the permission policy before every use case and hands its decisions
 * to the inner service as SQL criteria: allowed (no criteria), conditional
 * (the policy's conditions) or denied (no record). Every record permission
 * is asked in one call, once per request context: a use case and the
 * `allowed` actions of its answer share the decisions.
 */
export class AuthorizedRecordService implements RecordService {
  constructor(
    private readonly inner: RecordService,
    private readonly permissions: PermissionsService,
    private readonly transformConditions: ConditionTransformer<RecordFilter>,
  ) {}

  private readonly decided = new WeakMap<
    RequestContext,
    Promise<RecordAccess>
  >();

  async create(type: RecordType, input: CreateRecordInput, ctx: CreateContext) {
    const onBehalf = reportsOnBehalf(input, ctx);
    const [decision, onBehalfDecision] = await this.permissions.authorize(
      [
        { permission: itsmRecordCreatePermission },
        ...(onBehalf
          ? [{ permission: itsmRecordReportOnBehalfPermission }]
          : []),
      ],
      { credentials: ctx.credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`You may not report a ${type}`);
    }
    if (onBehalf && onBehalfDecision?.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `reportedBy: you may report only in your own name; reporting for someone else needs the ${itsmRecordReportOnBehalfPermission.name} permission`,
      );
    }
    return this.inner.create(type, input, ctx);
  }

  async get(type: RecordType, idOrRef: string, ctx: RequestContext) {
    return this.inner.get(type, idOrRef, await this.withAccess(ctx));
  }

  async list(type: RecordType, query: ListRecordsQuery, ctx: RequestContext) {
    return this.inner.list(type, query, await this.withAccess(ctx));
  }

  async counts(
    type: RecordType,
    query: Omit<ListRecordsQuery, 'limit' | 'cursor'>,
    ctx: RequestContext,
  ) {
    return this.inner.counts(type, query, await this.withAccess(ctx));
  }

  async update(
    type: RecordType,
    idOrRef: string,
    edit: RecordEdit & { version: number },
    ctx: RequestContext,
  ) {
    return this.inner.update(type, idOrRef, edit, await this.withAccess(ctx));
  }

  async transition(
    type: RecordType,
    idOrRef: string,
    input: TransitionInput,
    ctx: RequestContext,
  ) {
    return this.inner.transition(
      type,
      idOrRef,
      input,
      await this.withAccess(ctx),
    );
  }

  async change(
    type: RecordType,
    idOrRef: string,
    request: ChangeRequest,
    plan: (record: StoredRecord) => PlannedChange | Promise<PlannedChange>,
    ctx: RequestContext,
  ) {
    return this.inner.change(
      type,
      idOrRef,
      request,
      plan,
      await this.withAccess(ctx),
    );
  }

  async comment(
    type: RecordType,
    idOrRef: string,
    input: CommentInput,
    ctx: RequestContext,
  ) {
    return this.inner.comment(type, idOrRef, input, await this.withAccess(ctx));
  }

  async timeline(
    type: RecordType,
    idOrRef: string,
    query: { limit?: number; cursor?: string },
    ctx: RequestContext,
  ) {
    return this.inner.timeline(
      type,
      idOrRef,
      query,
      await this.withAccess(ctx),
    );
  }

  async link(
    type: RecordType,
    idOrRef: string,
    input: { target: string; kind: LinkKind },
    ctx: RequestContext,
  ) {
    return this.inner.link(type, idOrRef, input, await this.withAccess(ctx));
  }

  async links(type: RecordType, idOrRef: string, ctx: RequestContext) {
    return this.inner.links(type, idOrRef, await this.withAccess(ctx));
  }

  async reportScope(
    type: RecordType,
    query: { entityRef?: string; assignmentGroups?: string[] },
    ctx: RequestContext,
  ) {
    return this.inner.reportScope(type, query, await this.withAccess(ctx));
  }

  async allowedActions(records: StoredRecord[], ctx: RequestContext) {
    return this.inner.allowedActions(records, await this.withAccess(ctx));
  }

  /** Of records the caller has read already: no further decision. */
  async slaSummaries(records: StoredRecord[], ctx: RequestContext) {
    return this.inner.slaSummaries(records, ctx);
  }

  private async withAccess(ctx: RequestContext): Promise<RequestContext> {
    let access = this.decided.get(ctx);
    if (!access) {
      access = this.decide(ctx);
      this.decided.set(ctx, access);
    }
    return { ...ctx, access: await access };
  }

  private async decide(ctx: RequestContext): Promise<RecordAccess> {
    const decisions = await this.permissions.authorizeConditional(
      accessKinds.map(kind => ({ permission: permissionOf[kind] })),
      { credentials: ctx.credentials },
    );
    const access: RecordAccess = {};
    accessKinds.forEach((kind, i) => {
      const decision = decisions[i];
      if (decision.result === AuthorizeResult.DENY) {
        access[kind] = NOTHING;
      } else if (decision.result === AuthorizeResult.CONDITIONAL) {
        access[kind] = this.transformConditions(decision.conditions);
      }
    });
    return access;
  }
}
