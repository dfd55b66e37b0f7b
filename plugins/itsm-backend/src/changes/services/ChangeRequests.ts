import {
  ChangeState,
  changeWorkflow,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { AuditorService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  ChangeRequestInput,
  ChangeRequestRules,
} from '../domain/changeRequestRules';
import { actorOf } from '../../core/services/actorOf';
import { auditWrite } from '../../core/services/auditWrite';
import { RecordConflictError } from '../../core/services/RecordConflictError';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

export type {
  ChangeRequestInput,
  ChangeRequestRules,
} from '../domain/changeRequestRules';

/** Times the record is edited again when another edit won the race. */
const MAX_ATTEMPTS = 5;

/**
 * A record's change request: the change that authorises it, for a release
 * (§7.1) or implements a problem's solution (§4.3.3). The record carries an
 * existing open change, or raises one from its own plan, which the
 * requester then submits like any other change. A record carries one
 * change request; the change and the record are also linked, so each shows
 * the other.
 */
/** The record carrying its change request, and whether it was raised. */
type Attached = {
  record: StoredRecord;
  change: StoredRecord;
  created: boolean;
};

export class ChangeRequests {
  constructor(
    private readonly deps: {
      records: RecordService;
      auditor: AuditorService;
      type: 'release' | 'problem';
      rules: ChangeRequestRules;
    },
  ) {}

  /**
   * Raises or names the change request the record carries, as an auditor
   * event (`release-change-request-add`, `problem-change-request-add`),
   * refusals included; the writes it makes are audited on their own.
   */
  async attach(
    idOrRef: string,
    input: ChangeRequestInput,
    ctx: RequestContext,
  ): Promise<Attached> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: `${this.deps.type}-change-request-add`,
      ctx,
      meta: {
        type: this.deps.type,
        record: idOrRef,
        ...(input.change === undefined ? {} : { change: input.change }),
      },
      write: () => this.carryChangeRequest(idOrRef, input, ctx),
      resultMeta: ({ record, change, created }) => ({
        ref: record.ref,
        change: change.ref,
        created,
      }),
    });
  }

  private async carryChangeRequest(
    idOrRef: string,
    input: ChangeRequestInput,
    ctx: RequestContext,
  ): Promise<Attached> {
    const { type, records, rules } = this.deps;
    if (!Number.isInteger(input.version)) {
      throw new InputError(`version must be the ${type} version you edited`);
    }
    const record = await records.get(type, idOrRef, ctx);
    if (record.version !== input.version) {
      throw new RecordConflictError(record);
    }
    rules.requireNoChangeRequest(record);
    // Before a change is raised for it, not after: nothing is left behind.
    const allowed = await records.allowedActions([record], ctx);
    if (!allowed.get(record.id)?.update) {
      throw new NotAllowedError(`You may not change ${record.ref}`);
    }
    const { change, created } =
      input.change === undefined
        ? await this.raise(record, input, ctx)
        : { change: await this.openChange(input.change, ctx), created: false };
    const updated = await this.carry(record, change, created, ctx);
    await records
      .link(type, updated.id, { target: change.id, kind: 'relates-to' }, ctx)
      .catch(error => {
        // Linked already (by hand, before): the link is there either way.
        if (!(error instanceof InputError)) throw error;
      });
    return { record: updated, change, created };
  }

  /** The change to carry: one the caller can read that is still open. */
  private async openChange(ref: string, ctx: RequestContext) {
    if (typeof ref !== 'string' || !ref.trim()) {
      throw new InputError('change must name a change request, e.g. CHG-12');
    }
    const change = await this.deps.records
      .get('change', ref.trim(), ctx)
      .catch(error => {
        if (error instanceof NotFoundError) {
          throw new InputError(`change: there is no change request ${ref}`);
        }
        throw error;
      });
    if (!changeWorkflow.openStates.includes(change.state as ChangeState)) {
      throw new InputError(
        `change: ${change.ref} is ${stateLabel(
          'change',
          change.state,
        ).toLocaleLowerCase('en-US')}; a ${
          this.deps.type
        } can only carry an open change request`,
      );
    }
    return change;
  }

  /** A new change raised from the record; one per record, even in a race. */
  private async raise(
    source: StoredRecord,
    input: ChangeRequestInput,
    ctx: RequestContext,
  ) {
    const { record } = await this.deps.records.create(
      'change',
      this.deps.rules.planRaise(source, input),
      {
        ...ctx,
        uniqueKeys: [
          {
            key:
              this.deps.rules.raiseKey?.(source) ??
              `change-request-of:${source.id}`,
            conflictMessage: `a change request was already raised for ${source.ref}`,
          },
        ],
      },
    );
    return { change: record, created: true };
  }

  /**
   * Makes the record carry the change. A raised change exists already, so
   * an edit that lost to an unrelated one is retried on the record as it
   * is now; only another change request wins over it.
   */
  private async carry(
    source: StoredRecord,
    change: StoredRecord,
    created: boolean,
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    for (let attempt = 1, base = source.version; ; attempt++) {
      try {
        return await this.deps.records.change(
          this.deps.type,
          source.id,
          {
            version: base,
            auditEventId: `${this.deps.type}-change-request`,
            access: 'write',
          },
          record =>
            this.deps.rules.planCarry({
              record,
              changeRef: change.ref,
              actor: actorOf(ctx.credentials),
            }),
          ctx,
        );
      } catch (error) {
        if (
          !created ||
          !(error instanceof RecordConflictError) ||
          attempt >= MAX_ATTEMPTS
        ) {
          throw error;
        }
        base = error.current.version;
      }
    }
  }
}
