import {
  AuditorService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  itsmSlaReviewPermission,
  slaReviewDecisionLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { SlaReviewStore, StoredSlaReview } from '../database/SlaReviewStore';
import { oneOf, requiredText } from '../../core/domain/intakeChecks';
import {
  SlaAgreement,
  SlaMatch,
  selectSla,
  SlaSettings,
} from '../domain/selectSla';
import { actorOf } from '../../core/services/actorOf';
import { auditWrite } from '../../core/services/auditWrite';
import { RequestContext } from '../../core/services/RecordService';
import { SlaReportService } from './SlaReportService';

const DAY_MS = 24 * 3_600_000;

/** How many reviews of an entity are listed. */
const MAX_REVIEWS = 20;

/** The longest notes of a review. */
const MAX_NOTES = 4000;

/** What a reviewer sends: the entity, their decision and notes, the period. */
export type SlaReviewInput = {
  entityRef: string;
  decision?: string;
  notes?: string;
  from?: string;
  to?: string;
};

/**
 * A service's agreement (§8.2) as its page shows it, and its reviews
 * (§8.3.2): who reviewed it, when, over which period, with the compliance
 * and satisfaction they saw, and their decision.
 */
export class SlaAgreementService {
  constructor(
    private readonly deps: {
      entities: EntityLookup;
      settings: SlaSettings;
      reviews: SlaReviewStore;
      reports: SlaReportService;
      permissions: PermissionsService;
      auditor: AuditorService;
      now?: () => Date;
    },
  ) {}

  /**
   * The agreement an entity's incidents fall under, and by which rule; a 404
   * when the entity is not in the catalog or no agreement covers it.
   */
  async agreementFor(
    entityRef: string,
    ctx: RequestContext,
  ): Promise<{ entityRef: string; agreement: SlaAgreement; match: SlaMatch }> {
    const ref = normalizeEntityRef(entityRef, 'entityRef');
    const subject = (
      await this.deps.entities.slaSubjects([ref], {
        credentials: ctx.credentials,
      })
    )[ref];
    if (!subject) {
      throw new NotFoundError(`entityRef '${entityRef}' is not in the catalog`);
    }
    const found = selectSla(this.deps.settings, {
      entityRef: ref,
      annotation: subject.annotation,
      systemRef: subject.systemRef,
    });
    if (!found) {
      throw new NotFoundError(`No service level agreement covers ${ref}`);
    }
    return { entityRef: ref, ...found };
  }

  async reviews(
    entityRef: string,
    ctx: RequestContext,
  ): Promise<StoredSlaReview[]> {
    const resolved = await this.deps.entities.resolve([entityRef], {
      field: 'entityRef',
      credentials: ctx.credentials,
    });
    return this.deps.reviews.listReviews(resolved.entityRefs[0], MAX_REVIEWS);
  }

  /**
   * Records a review of the entity's agreement, with the figures of the
   * period reviewed (default the last 90 days) as the reviewer saw them;
   * an auditor event (`sla-review-create`) either way.
   */
  async review(input: SlaReviewInput, ctx: RequestContext) {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'sla-review-create',
      ctx,
      meta: { entityRef: input.entityRef, decision: input.decision ?? null },
      write: () => this.addReview(input, ctx),
      resultMeta: review => ({
        reviewId: review.id,
        entityRef: review.entityRef,
        agreementId: review.agreementId,
      }),
    });
  }

  private async addReview(
    input: SlaReviewInput,
    ctx: RequestContext,
  ): Promise<StoredSlaReview> {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: itsmSlaReviewPermission }],
      { credentials: ctx.credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You may not review service level agreements');
    }
    const chosen = oneOf(input.decision, slaReviewDecisionLabels, 'decision');
    const notes = requiredText(input.notes, 'notes');
    if (notes.length > MAX_NOTES) {
      throw new InputError(`notes has at most ${MAX_NOTES} characters`);
    }
    const { entityRef, agreement } = await this.agreementFor(
      input.entityRef,
      ctx,
    ).catch(error => {
      if (error instanceof NotFoundError) {
        throw new InputError(
          error.message.startsWith('entityRef')
            ? error.message
            : `entityRef: ${error.message}`,
        );
      }
      throw error;
    });
    const now = this.deps.now?.() ?? new Date();
    const to = input.to ?? now.toISOString();
    const from =
      input.from ?? new Date(Date.parse(to) - 90 * DAY_MS).toISOString();
    const report = await this.deps.reports.report({ from, to, entityRef }, ctx);
    return this.deps.reviews.addReview({
      entityRef,
      agreementId: agreement.id,
      decision: chosen,
      notes,
      reviewedBy: actorOf(ctx.credentials),
      reviewedAt: now.toISOString(),
      period: { from: report.from, to: report.to },
      figures: {
        response: report.compliance.response.overall,
        restore: report.compliance.restore.overall,
        satisfaction: report.satisfaction.find(
          s => s.agreement.id === agreement.id,
        ),
      },
    });
  }
}
