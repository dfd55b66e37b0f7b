import {
  parseRecordRef,
  releaseMoveBlocker,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { RecordStore, StoredRecord } from '../../core/database/RecordStore';
import { actorOf } from '../../core/services/actorOf';
import { ChangeSettings } from '../../changes';
import { changeRequestOf } from '../domain/planReleaseChangeRequest';
import { rolloutGaps } from '../domain/rolloutGaps';
import {
  RequestContext,
  TransitionPlanner,
} from '../../core/services/RecordService';
import { startApprovalRound } from '../../core/services/startApprovalRound';
import { ReleaseMoveFields } from '../domain/releaseMoveFields';
import { moveInputOf } from '../../core/domain/planTransition';

/**
 * What release moves do besides their state (chapter 7): a request for
 * approval derives the approvers through the changes' approval engine
 * (the owners of the released entities, and the CAB for medium and high
 * risk); the audit, the rollout's start and its completion wait for the
 * package's checks, the pre-release checklist and every phase
 * (`releaseMoveBlocker`), and the rollout its window and approved change
 * request (`rolloutGaps`) unless overridden with a reason; whoever planned
 * the release does not audit it; a rollback records the version it makes
 * current again; the other moves stamp their time.
 */
export class ReleaseWorkflowPlanner {
  constructor(
    private readonly deps: {
      /** Who approves: the changes' CAB and owner rule. */
      approvers: Pick<ChangeSettings, 'cab' | 'emergencyCab' | 'ownerRule'>;
      entities: EntityLookup;
      store: RecordStore;
    },
  ) {}

  readonly plan: TransitionPlanner = async ({
    record,
    input: given,
    plan,
    ctx,
    now,
  }) => {
    const input = moveInputOf<ReleaseMoveFields>(given);
    const fields = { ...(plan.set.fields ?? record.fields) };
    const blocker = releaseMoveBlocker(input.action, record.fields);
    if (blocker) {
      throw new ConflictError(`${record.ref}: ${blocker}`);
    }
    switch (input.action) {
      case 'request_approval':
        fields.approval = await startApprovalRound({
          record: { ...record, fields },
          model: 'normal',
          settings: this.deps.approvers,
          entities: this.deps.entities,
          ctx,
          now,
        });
        delete fields.returnedReason;
        break;
      case 'sign_off':
        // Segregation of duties: the planner does not audit their package.
        if (record.reportedBy === actorOf(ctx.credentials)) {
          throw new NotAllowedError(
            `You planned ${record.ref}, so someone else must audit its package (segregation of duties)`,
          );
        }
        // From now on the package is immutable (§7.2.4).
        fields.audit = {
          by: actorOf(ctx.credentials),
          at: now,
          ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
        };
        break;
      case 'start_rollout': {
        const gaps = rolloutGaps({
          release: record,
          change: await this.changeRequest(record),
          now,
        });
        const reason = input.rolloutOverride?.trim();
        if (gaps.length > 0 && !reason) {
          throw new ConflictError(
            `rolloutOverride: ${record.ref} may not roll out now: ${gaps.join(
              '; ',
            )}. Give the reason to roll out anyway in rolloutOverride`,
          );
        }
        if (gaps.length > 0) {
          fields.rolloutOverride = {
            reason,
            gaps,
            by: actorOf(ctx.credentials),
            at: now,
          };
        }
        fields.startedAt = now;
        break;
      }
      case 'complete_rollout':
        fields.completedAt = now;
        break;
      case 'confirm':
        fields.releasedAt = now;
        break;
      case 'rollback':
        fields.rolledBackAt = now;
        fields.restoredVersion =
          (await this.previousVersion(record, ctx)) ?? null;
        break;
      default:
        break;
    }
    return { ...plan, set: { ...plan.set, fields } };
  };

  /** The change request the release carries, if any. */
  private async changeRequest(
    record: StoredRecord,
  ): Promise<StoredRecord | undefined> {
    const ref = changeRequestOf(record);
    const number = ref && parseRecordRef('change', ref);
    return number
      ? this.deps.store.getRecord({ type: 'change', number })
      : undefined;
  }

  /**
   * The version a rollback makes current again: the entity's release
   * released most recently before this one (none for its first release).
   */
  private async previousVersion(
    record: StoredRecord,
    ctx: RequestContext,
  ): Promise<string | undefined> {
    const { records } = await this.deps.store.listRecords({
      type: 'release',
      entityRef: String(record.fields.entityRef),
      states: ['released'],
      sort: 'newest',
      limit: 100,
      filter: ctx.access?.read,
    });
    const releasedAt = (r: StoredRecord) => String(r.fields.releasedAt ?? '');
    const [previous] = records
      .filter(
        r =>
          r.id !== record.id &&
          releasedAt(r) <= String(record.fields.releasedAt ?? '\uffff'),
      )
      .sort((a, b) => releasedAt(b).localeCompare(releasedAt(a)));
    return previous ? String(previous.fields.releaseVersion) : undefined;
  }
}
