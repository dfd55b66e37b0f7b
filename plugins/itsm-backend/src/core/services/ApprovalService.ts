import { RecordType, workflows } from '@backstage-itsm/plugin-itsm-common';
import { UserInfoService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { StoredRecord } from '../database/RecordStore';
import { planApprovalDecision } from '../domain/planApprovalDecision';
import { RecordConflictError } from './RecordConflictError';
import { RecordService, RequestContext } from './RecordService';

/** Times a decision is retried when another approver's decision won. */
const MAX_ATTEMPTS = 5;

/**
 * Approvers' decisions on the records of one type: changes (§5.2.4) or
 * releases (§7.1) and problem solutions (§4.3.2), which share the approval
 * engine. Each decision is a guarded
 * change of the record with its timeline event; decisions do not depend on
 * each other's order, so when two approvers decide at once, the one that
 * lost the race is applied again to the record as the winner left it.
 */
export class ApprovalService {
  constructor(
    private readonly deps: {
      /** The record type whose approvals this decides. */
      type: RecordType;
      records: RecordService;
      userInfo: UserInfoService;
      /**
       * What the record's process records as an approval schedules it: a
       * change's window is checked again (changes/checkChangeWindow),
       * which may refuse a window in a freeze.
       */
      onScheduled?: (options: {
        record: StoredRecord;
        ctx: RequestContext;
        now: string;
      }) => Promise<Record<string, unknown>>;
      /**
       * What the record's process keeps as the last approval approves it:
       * a continuity plan's content as its next read-only version, a
       * business impact analysis's next review date. Given
       * the record and its fields after the decision; returns fields to
       * add, written in the same guarded change.
       */
      onApproved?: (options: {
        record: StoredRecord;
        fields: Record<string, unknown>;
        now: string;
      }) => Record<string, unknown>;
      now?: () => Date;
    },
  ) {}

  async decide(
    idOrRef: string,
    input: { decision: 'approve' | 'reject'; comment?: string },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    const principal = ctx.credentials.principal as { type?: string };
    if (principal.type !== 'user') {
      throw new NotAllowedError(
        `Only a signed-in user can approve a ${this.deps.type}`,
      );
    }
    const { userEntityRef, ownershipEntityRefs } =
      await this.deps.userInfo.getUserInfo(ctx.credentials);
    for (let attempt = 1; ; attempt++) {
      const current = await this.deps.records.get(this.deps.type, idOrRef, ctx);
      try {
        return await this.deps.records.change(
          this.deps.type,
          current.id,
          {
            version: current.version,
            auditEventId: `${this.deps.type}-approval`,
            // Who may decide is the approval groups' rule, not the update
            // permission: approvers need not work the change.
            access: 'read',
            meta: { decision: input.decision },
          },
          async record => {
            const now = (this.deps.now?.() ?? new Date()).toISOString();
            const planned = planApprovalDecision({
              record,
              decision: input.decision,
              comment: input.comment,
              userRef: userEntityRef.toLocaleLowerCase('en-US'),
              claims: ownershipEntityRefs.map(r =>
                r.toLocaleLowerCase('en-US'),
              ),
              now,
            });
            const approvedState = workflows[record.type]?.approval?.approved;
            if (
              this.deps.onApproved &&
              planned.set.state === approvedState &&
              approvedState !== record.state
            ) {
              const fields = planned.set.fields ?? record.fields;
              return {
                ...planned,
                set: {
                  ...planned.set,
                  fields: {
                    ...fields,
                    ...this.deps.onApproved({ record, fields, now }),
                  },
                },
              };
            }
            if (planned.set.state !== 'scheduled' || !this.deps.onScheduled) {
              return planned;
            }
            // Scheduling: the window is checked again (§5.2.5).
            const checked = await this.deps.onScheduled({ record, ctx, now });
            return {
              ...planned,
              set: {
                ...planned.set,
                fields: { ...planned.set.fields, ...checked },
              },
            };
          },
          ctx,
        );
      } catch (error) {
        if (
          !(error instanceof RecordConflictError) ||
          attempt >= MAX_ATTEMPTS
        ) {
          throw error;
        }
      }
    }
  }
}
