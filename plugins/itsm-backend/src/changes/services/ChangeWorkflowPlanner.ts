import { InputError } from '@backstage/errors';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { RecordStore, StoredRecord } from '../../core/database/RecordStore';
import { ChangeSettings } from '../domain/planChangeIntake';
import { ChangeMoveFields } from '../domain/changeMoveFields';
import { moveInputOf } from '../../core/domain/planTransition';
import { selectSla, SlaSettings } from '../../sla';
import {
  ChangeImpact,
  ServiceUnderSla,
  summarizeChangeImpact,
} from '../domain/summarizeChangeImpact';
import { actorOf } from '../../core/services/actorOf';
import { ImpactAnalysisService } from '../../cmdb';
import { ChangeConflictChecker } from './ChangeConflictChecker';
import { checkChangeWindow } from './checkChangeWindow';
import {
  preApprovedRound,
  startApprovalRound,
} from '../../core/services/startApprovalRound';
import {
  RequestContext,
  TransitionPlanner,
} from '../../core/services/RecordService';

/** Open incidents listed on a change's impact, at most. */
const MAX_OPEN_INCIDENTS = 50;

/**
 * What change moves do besides their state (chapter 5): submission starts
 * the acceptance clock (§5.2.2); acceptance attaches the impact analysis
 * (§5.2.3); a request for approval derives the approvers (§5.2.4); the
 * other moves stamp their time.
 */
export class ChangeWorkflowPlanner {
  constructor(
    private readonly deps: {
      settings: ChangeSettings;
      impact: ImpactAnalysisService;
      entities: EntityLookup;
      store: RecordStore;
      conflicts: ChangeConflictChecker;
      /** The agreements, to say which touched services are under one. */
      sla?: SlaSettings;
    },
  ) {}

  readonly plan: TransitionPlanner = async ({
    record,
    input: given,
    plan,
    ctx,
    now,
  }) => {
    const input = moveInputOf<ChangeMoveFields>(given);
    const fields = { ...(plan.set.fields ?? record.fields) };
    const to = plan.set.state;
    switch (input.action) {
      case 'submit':
        Object.assign(
          fields,
          await checkChangeWindow({
            record,
            checker: this.deps.conflicts,
            justification: input.freezeOverride,
            ctx,
            now,
          }),
        );
        fields.submittedAt = now;
        if (to === 'submitted') {
          fields.acceptanceDueAt = new Date(
            Date.parse(now) + this.deps.settings.acceptanceMinutes * 60_000,
          ).toISOString();
        } else {
          // A standard change is approved in advance by configuration: its
          // round says so, and covers the change as it is submitted.
          fields.scheduledAt = now;
          fields.approval = preApprovedRound(
            { ...record, fields },
            String(record.fields.template),
            now,
          );
        }
        delete fields.returnedReason;
        break;
      case 'accept':
        fields.acceptedAt = now;
        fields.impact = await this.assessImpact(record, ctx, now);
        break;
      case 'return':
        fields.returnedReason = input.reason;
        break;
      case 'assess':
        fields.assessedAt = now;
        break;
      case 'request_approval':
        fields.approval = await startApprovalRound({
          record: { ...record, fields },
          model: String(record.fields.model),
          settings: this.deps.settings,
          entities: this.deps.entities,
          ctx,
          now,
        });
        break;
      case 'start':
        fields.startedAt = now;
        break;
      case 'complete':
        fields.completedAt = now;
        break;
      case 'close':
        fields.causedIncidents = await this.causedIncidents(
          record,
          input.outcome,
        );
        fields.reviewedAt = now;
        fields.reviewedBy = actorOf(ctx.credentials);
        break;
      default:
        break;
    }
    return { ...plan, set: { ...plan.set, fields } };
  };

  /**
   * The incidents confirmed as caused by the change: they count against
   * its success, so its outcome cannot be "successful".
   */
  private async causedIncidents(
    record: StoredRecord,
    outcome: string | undefined,
  ): Promise<string[]> {
    const links = await this.deps.store.listLinks(record.id, 500);
    const caused = links
      .filter(
        l =>
          l.link.kind === 'caused-by' &&
          l.target.id === record.id &&
          l.source.type === 'incident',
      )
      .map(l => l.source.ref);
    if (caused.length > 0 && outcome === 'successful') {
      throw new InputError(
        `outcome: ${caused.join(', ')} ${
          caused.length === 1 ? 'was' : 'were'
        } confirmed as caused by ${
          record.ref
        }, so it was not simply successful: choose successful with issues, failed or backed out`,
      );
    }
    return caused;
  }

  /** The impact analysis attached to a change as it is accepted (§5.2.3). */
  private async assessImpact(
    record: StoredRecord,
    ctx: RequestContext,
    now: string,
  ): Promise<ChangeImpact> {
    const analysis = await this.deps.impact.analyze(
      { entityRefs: record.entityRefs },
      ctx.credentials,
    );
    const touched = [
      ...record.entityRefs,
      ...analysis.impacted.map(e => e.entityRef),
    ];
    const { records } = await this.deps.store.listRecords({
      type: 'incident',
      open: true,
      anyOfEntityRefs: touched,
      sort: 'priority',
      limit: MAX_OPEN_INCIDENTS,
      filter: ctx.access?.read,
    });
    return summarizeChangeImpact({
      analysis,
      servicesUnderSla: await this.servicesUnderSla(touched, ctx),
      openIncidents: records.map(r => ({
        ref: r.ref,
        title: r.title,
        priority: r.priority,
        entityRefs: r.entityRefs,
      })),
      now,
    });
  }

  /** Which of the entities an agreement covers, and which agreement. */
  private async servicesUnderSla(
    entityRefs: string[],
    ctx: RequestContext,
  ): Promise<ServiceUnderSla[]> {
    const sla = this.deps.sla;
    if (!sla?.agreements.length) return [];
    const subjects = await this.deps.entities.slaSubjects(
      [...new Set(entityRefs)],
      { credentials: ctx.credentials },
    );
    return Object.entries(subjects).flatMap(([entityRef, subject]) => {
      const found = selectSla(sla, {
        entityRef,
        annotation: subject?.annotation,
        systemRef: subject?.systemRef,
      });
      return found
        ? [
            {
              entityRef,
              agreement: { id: found.agreement.id, name: found.agreement.name },
            },
          ]
        : [];
    });
  }
}
