import {
  ChangeState,
  changeWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { StoredRecord } from '../database/RecordStore';
import {
  planChangeRequestAttachment,
  planChangeRequestFromRelease,
  requireNoChangeRequest,
} from '../domain/planReleaseChangeRequest';
import { actorOf } from './actorOf';
import { RecordConflictError } from './RecordConflictError';
import { RecordService, RequestContext } from './RecordService';

/** Times the release is edited again when another edit won the race. */
const MAX_ATTEMPTS = 5;

/** What a release manager asks for: carry a change, or raise a new one. */
export type ChangeRequestInput = {
  /** The release's version the request was based on. */
  version: number;
  /** An open change to carry, e.g. `CHG-12`; without it, one is raised. */
  change?: string;
  /** The type of the change raised (default `system`). */
  changeType?: string;
};

/**
 * A release's change request (§7.1): the change that authorises it. A
 * release carries an existing open change, or raises one from its own plan
 * (entities, window, risk answers, phases), which the requester then
 * submits like any other change. A release carries one change request; the
 * change and the release are also linked, so each shows the other.
 */
export class ReleaseChangeRequests {
  constructor(private readonly deps: { records: RecordService }) {}

  async attach(
    idOrRef: string,
    input: ChangeRequestInput,
    ctx: RequestContext,
  ): Promise<{
    release: StoredRecord;
    change: StoredRecord;
    created: boolean;
  }> {
    if (!Number.isInteger(input.version)) {
      throw new InputError('version must be the release version you edited');
    }
    const release = await this.deps.records.get('release', idOrRef, ctx);
    if (release.version !== input.version) {
      throw new RecordConflictError(release);
    }
    requireNoChangeRequest(release);
    // Before a change is raised for it, not after: nothing is left behind.
    const allowed = await this.deps.records.allowedActions([release], ctx);
    if (!allowed.get(release.id)?.update) {
      throw new NotAllowedError(`You may not change ${release.ref}`);
    }
    const { change, created } =
      input.change === undefined
        ? await this.raise(release, input, ctx)
        : { change: await this.openChange(input.change, ctx), created: false };
    const updated = await this.carry(release, change, created, ctx);
    await this.deps.records
      .link(
        'release',
        updated.id,
        { target: change.id, kind: 'relates-to' },
        ctx,
      )
      .catch(error => {
        // Linked already (by hand, before): the link is there either way.
        if (!(error instanceof InputError)) throw error;
      });
    return { release: updated, change, created };
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
        `change: ${change.ref} is ${change.state}; a release can only carry an open change request`,
      );
    }
    return change;
  }

  /** A new change raised from the release; one per release, even in a race. */
  private async raise(
    release: StoredRecord,
    input: ChangeRequestInput,
    ctx: RequestContext,
  ) {
    const { record } = await this.deps.records.create(
      'change',
      planChangeRequestFromRelease(release, input),
      {
        ...ctx,
        uniqueKeys: [
          {
            key: `change-request-of:${release.id}`,
            conflictMessage: `a change request was already raised for ${release.ref}`,
          },
        ],
      },
    );
    return { change: record, created: true };
  }

  /**
   * Makes the release carry the change. A raised change exists already, so
   * an edit that lost to an unrelated one is retried on the release as it
   * is now; only another change request wins over it.
   */
  private async carry(
    release: StoredRecord,
    change: StoredRecord,
    created: boolean,
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    for (let attempt = 1, base = release.version; ; attempt++) {
      try {
        return await this.deps.records.change(
          'release',
          release.id,
          {
            version: base,
            auditEventId: 'release-change-request',
            access: 'write',
          },
          record =>
            planChangeRequestAttachment({
              release: record,
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
