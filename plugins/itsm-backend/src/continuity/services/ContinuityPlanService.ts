import {
  ContinuityPlanObjective,
  ContinuityPlanVersionSummary,
} from '@backstage-itsm/plugin-itsm-common';
import { UserInfoService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { randomUUID } from 'node:crypto';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { checkEditable } from '../../core/domain/checkEditable';
import { StoredRecord } from '../../core/model/recordModel';
import { actorOf } from '../../core/services/actorOf';
import { workflowOf } from '../../core/services/RecordLoader';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import {
  ContinuityPlanContentInput,
  continuityPlanContentParts,
} from '../domain/continuityPlanContentInput';
import { planContinuityPlanContent } from '../domain/planContinuityPlanContent';
import { StoredPlanVersion } from '../domain/planContinuityPlanApproval';
import { ownsMeasure, planMeasureTick } from '../domain/planMeasureTick';

const TYPE = 'continuity-plan';

/** A short id for a new measure, step or drill. */
const newId = () => randomUUID().slice(0, 8);

/**
 * The use cases of a plan's content (§9.2.2): editing its parts (its
 * owners, in its editable states), ticking its measures, reading its
 * approved versions and its objectives from the covered services'
 * approved business impact analyses.
 */
export class ContinuityPlanService {
  constructor(
    private readonly deps: {
      records: RecordService;
      entities: EntityLookup;
      userInfo: UserInfoService;
      now?: () => Date;
    },
  ) {}

  /** Replaces the parts of the content the input names. */
  async updateContent(
    idOrRef: string,
    input: ContinuityPlanContentInput & { version: number },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    const { version, ...content } = input;
    const credentials = ctx.credentials;
    // Who and when before what: a refused edit answers 403 or 409 before
    // the body is checked against the catalog.
    const current = await this.deps.records.get(TYPE, idOrRef, ctx);
    const allowed = (
      await this.deps.records.allowedActions([current], ctx)
    ).get(current.id);
    if (!allowed?.update) {
      throw new NotAllowedError(
        `Only the owners of ${current.ref} may edit its content`,
      );
    }
    checkEditable(workflowOf(TYPE), current, Object.keys(content));
    // The contract's `x-at-least-one-of`: an edit names a part to replace.
    if (!continuityPlanContentParts.some(part => content[part] !== undefined)) {
      throw new InputError(
        `Say what to change: ${continuityPlanContentParts.join(', ')}`,
      );
    }
    // The catalog refs exist (a 400 naming the field and index otherwise).
    const check = async (refs: string[] | undefined, field: string) =>
      refs?.length
        ? (await this.deps.entities.resolve(refs, { field, credentials }))
            .entityRefs
        : refs;
    await check(
      content.measures?.map(m => m.owner),
      'measures.owner',
    );
    await check(content.contacts?.refs, 'contacts.refs');
    const resources = content.resources && {
      ...content.resources,
      entityRefs: await check(
        content.resources.entityRefs,
        'resources.entityRefs',
      ),
    };
    const actor = actorOf(credentials);
    return this.deps.records.change(
      TYPE,
      current.id,
      { version, auditEventId: 'continuity-plan-content', access: 'write' },
      record => {
        checkEditable(workflowOf(TYPE), record, Object.keys(content));
        const planned = planContinuityPlanContent({
          fields: record.fields,
          input: { ...content, ...(resources ? { resources } : {}) },
          newId,
        });
        const now = this.now();
        return {
          expectedState: record.state,
          set: {
            fields: {
              ...planned.fields,
              ...(planned.parts.length
                ? { contentEditedBy: actor, contentEditedAt: now }
                : {}),
            },
          },
          event: {
            kind: 'updated',
            actor,
            data: {
              changes: planned.parts.map(part => ({
                field: part,
                from: summaryOf(record.fields[part]),
                to: summaryOf(planned.fields[part]),
              })),
            },
          },
        };
      },
      ctx,
    );
  }

  /** Ticks a measure done or open: the plan's owners or the measure's. */
  async tickMeasure(
    idOrRef: string,
    measureId: string,
    input: { version: number; done: boolean },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    const current = await this.deps.records.get(TYPE, idOrRef, ctx);
    const allowed = (
      await this.deps.records.allowedActions([current], ctx)
    ).get(current.id);
    let mayTick = allowed?.update === true;
    if (!mayTick) {
      const { ownershipEntityRefs } = await this.deps.userInfo.getUserInfo(
        ctx.credentials,
      );
      mayTick = ownsMeasure(
        current,
        measureId,
        ownershipEntityRefs.map(r => r.toLocaleLowerCase('en-US')),
      );
    }
    if (!mayTick) {
      throw new NotAllowedError(
        `Only the owners of ${current.ref} or of the measure may tick it`,
      );
    }
    return this.deps.records.change(
      TYPE,
      current.id,
      {
        version: input.version,
        auditEventId: 'continuity-plan-measure',
        access: 'read',
        meta: { measureId, done: input.done },
      },
      record =>
        planMeasureTick({
          record,
          measureId,
          done: input.done,
          actor: actorOf(ctx.credentials),
          now: this.now(),
        }),
      ctx,
    );
  }

  /** The approved versions, oldest first, without their content. */
  async versions(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<ContinuityPlanVersionSummary[]> {
    const record = await this.deps.records.get(TYPE, idOrRef, ctx);
    return versionSummaries(record);
  }

  /** One approved version with its content; 404 when there is no such one. */
  async version(
    idOrRef: string,
    n: number,
    ctx: RequestContext,
  ): Promise<StoredPlanVersion> {
    const record = await this.deps.records.get(TYPE, idOrRef, ctx);
    const found = ((record.fields.versions ?? []) as StoredPlanVersion[]).find(
      v => v.version === n,
    );
    if (!found) {
      throw new NotFoundError(`${record.ref} has no approved version ${n}`);
    }
    return found;
  }

  /**
   * The objectives of the services the plan covers (§9.2.2(1)): each
   * entity's approved business impact analysis (the one whose first
   * entity it is), with its RTO and RPO; none where there is no approved
   * one the caller may read.
   */
  async objectives(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<ContinuityPlanObjective[]> {
    const plan = await this.deps.records.get(TYPE, idOrRef, ctx);
    return Promise.all(
      plan.entityRefs.map(async entityRef => {
        const { records } = await this.deps.records.list(
          'impact-analysis',
          { entityRef, states: ['approved'], limit: 100, sort: 'newest' },
          ctx,
        );
        const bia = records.find(r => r.entityRefs[0] === entityRef);
        if (!bia) return { entityRef };
        const minutes = (field: string) => {
          const value = bia.fields[field];
          return typeof value === 'number' ? { [field]: value } : {};
        };
        return {
          entityRef,
          analysis: bia.ref,
          ...minutes('rtoMinutes'),
          ...minutes('rpoMinutes'),
          ...minutes('mtpdMinutes'),
        };
      }),
    );
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}

/** A plan's versions as the API lists them. */
export function versionSummaries(
  record: StoredRecord,
): ContinuityPlanVersionSummary[] {
  return ((record.fields.versions ?? []) as StoredPlanVersion[]).map(v => ({
    version: v.version,
    approvedAt: v.approvedAt,
    approvedBy: v.approvedBy,
  }));
}

/** A content part in a timeline: how many items, or set/none. */
function summaryOf(value: unknown): string {
  if (Array.isArray(value)) {
    return `${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  return value && Object.keys(value).length ? 'set' : 'none';
}
