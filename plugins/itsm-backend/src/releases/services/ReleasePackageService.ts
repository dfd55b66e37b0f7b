import { EntityLookup } from '../../core/catalog/EntityLookup';
import { StoredRecord } from '../../core/database/RecordStore';
import { approvalOf } from '../../core/domain/planApprovalDecision';
import { planApprovalRenewal } from '../domain/planApprovalRenewal';
import { ChangeSettings } from '../../changes';
import { planContentsReplacement } from '../domain/planContentsReplacement';
import { planPhaseReport } from '../domain/planPhaseReport';
import { planPreReleaseCheck } from '../domain/planPreReleaseCheck';
import { ReleaseContentsInput } from '../domain/planReleaseContents';
import { planVerificationResult } from '../domain/planVerificationResult';
import { ReleaseEdit } from '../domain/releaseEdit';
import { actorOf } from '../../core/services/actorOf';
import { RecordConflictError } from '../../core/services/RecordConflictError';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { startApprovalRound } from '../../core/services/startApprovalRound';

/** Times an edit without a version is retried when another one won. */
const MAX_ATTEMPTS = 5;

/**
 * Builds and rolls out a release's package (§7.2, §7.3): its contents
 * (until the audit), verification checks with evidence, the pre-release
 * checklist, and the rollout phases' status, which pipelines report too.
 * Each is a guarded change of the record by those who work it. An edit
 * carries the version it was based on (409 when another came first);
 * without one (a pipeline's phase report) it applies to the release as it
 * is, again after a lost race.
 */
export class ReleasePackageService {
  constructor(
    private readonly deps: {
      records: RecordService;
      /** Who approves a release whose package changed after approval. */
      approvers: Pick<ChangeSettings, 'cab' | 'emergencyCab' | 'ownerRule'>;
      entities: EntityLookup;
      now?: () => Date;
    },
  ) {}

  /**
   * The package is what approvers decided on (§7.1): replacing it while
   * approval is asked or given withdraws that approval and asks the
   * approvers again, derived anew, in the same write.
   */
  replaceContents(
    idOrRef: string,
    input: { version: number; contents: ReleaseContentsInput },
    ctx: RequestContext,
  ) {
    return this.edit(
      idOrRef,
      input.version,
      'release-contents',
      ctx,
      async record => {
        const edit = planContentsReplacement({
          record,
          input: input.contents,
          actor: actorOf(ctx.credentials),
        });
        const round = approvalOf(record);
        if (!round || round.status === 'rejected') return edit;
        const fields = edit.set.fields ?? record.fields;
        const renewed = await startApprovalRound({
          record: { ...record, fields },
          model: 'normal',
          settings: this.deps.approvers,
          entities: this.deps.entities,
          ctx,
          now: this.now(),
        });
        return planApprovalRenewal({ record, edit, round: renewed });
      },
    );
  }

  recordVerification(
    idOrRef: string,
    input: {
      version: number;
      kind: string;
      item: string;
      result: string;
      evidenceUrl?: string;
    },
    ctx: RequestContext,
  ) {
    return this.edit(
      idOrRef,
      input.version,
      'release-verification',
      ctx,
      record =>
        planVerificationResult({
          record,
          input,
          actor: actorOf(ctx.credentials),
          now: this.now(),
        }),
    );
  }

  checkPreRelease(
    idOrRef: string,
    input: { version: number; check: string; done?: boolean },
    ctx: RequestContext,
  ) {
    return this.edit(
      idOrRef,
      input.version,
      'release-pre-release',
      ctx,
      record =>
        planPreReleaseCheck({
          record,
          input,
          actor: actorOf(ctx.credentials),
          now: this.now(),
        }),
    );
  }

  reportPhase(
    idOrRef: string,
    input: { version?: number; phase: string; status: string; note?: string },
    ctx: RequestContext,
  ) {
    return this.edit(idOrRef, input.version, 'release-phase', ctx, record =>
      planPhaseReport({
        record,
        input,
        actor: actorOf(ctx.credentials),
        now: this.now(),
      }),
    );
  }

  private async edit(
    idOrRef: string,
    version: number | undefined,
    auditEventId: string,
    ctx: RequestContext,
    plan: (record: StoredRecord) => ReleaseEdit | Promise<ReleaseEdit>,
  ): Promise<StoredRecord> {
    for (let attempt = 1; ; attempt++) {
      const base =
        version ??
        (await this.deps.records.get('release', idOrRef, ctx)).version;
      try {
        return await this.deps.records.change(
          'release',
          idOrRef,
          { version: base, auditEventId, access: 'write' },
          plan,
          ctx,
        );
      } catch (error) {
        const retry =
          version === undefined &&
          error instanceof RecordConflictError &&
          attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
