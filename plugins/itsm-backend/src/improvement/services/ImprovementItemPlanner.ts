import {
  approvedContentOf,
  fieldsOutsideApproval,
  partiesToTheWork,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { approvalOf } from '../../core/domain/planApprovalDecision';
import { actorOf } from '../../core/services/actorOf';
import {
  RequestContext,
  TransitionPlanner,
} from '../../core/services/RecordService';
import {
  EditPlan,
  EditPlanner,
  intakeInputOf,
  IntakePlanner,
} from '../../core/services/recordProcessHooks';
import { ImprovementIntakeInput } from '../domain/improvementIntakeInput';
import { planImprovementApproval } from '../domain/planImprovementApproval';
import {
  ImprovementEditInput,
  planImprovementEdit,
} from '../domain/planImprovementEdit';
import { planImprovementIntake } from '../domain/planImprovementIntake';
import { ImprovementBaseline } from './ImprovementBaseline';
import { ImprovementIntake } from './ImprovementIntake';
import { ImprovementSettings } from './readImprovementSettings';

/** The key an item raised from an indicator claims while it is open. */
export const indicatorItemKey = (indicatorId: string) =>
  `open-for-indicator:${indicatorId}`;

/**
 * An improvement item's intake, edits and moves as the record core runs
 * them (§10.2.2): its own fields, its baseline from the indicator when
 * none is given, the approval round it waits in (the owning group's lead,
 * the improvement managers), one open item per indicator that suggested
 * it, and the times work and evaluation started. While it is proposed,
 * an edit of what its approvers decide on asks the pending round about the
 * new content; once approved, that content changes only after a
 * `resubmit`, which starts a new round (the record core refuses any other
 * write outside the approval: checkApprovalCovers).
 */
export class ImprovementItemPlanner {
  private readonly base: IntakePlanner;

  constructor(
    private readonly deps: {
      intake: ImprovementIntake;
      entities: EntityLookup;
      baseline: ImprovementBaseline;
      settings: ImprovementSettings;
      /** A group's lead (configured, else the catalog's). */
      leadOf: (
        group: string,
        ctx: RequestContext,
      ) => Promise<string | undefined>;
    },
  ) {
    this.base = deps.intake.plannerFor('improvement', async ({ input }) =>
      planImprovementIntake(intakeInputOf<ImprovementIntakeInput>(input)),
    );
  }

  readonly intake: IntakePlanner = async options => {
    const planned = await this.base(options);
    const fields = { ...planned.fields };
    if (
      typeof fields.indicatorId === 'string' &&
      fields.baseline === undefined
    ) {
      const baseline = await this.deps.baseline.of(
        fields.indicatorId,
        options.resolved.entityRefs,
      );
      if (baseline !== undefined) fields.baseline = baseline;
    }
    fields.approval = await this.approvalRound({
      item: { entityRefs: options.resolved.entityRefs, fields },
      parties: [planned.reportedBy ?? '', actorOf(options.ctx.credentials)],
      round: 1,
      ctx: options.ctx,
      now: options.now,
    });
    const keys =
      fields.source === 'indicator' && typeof fields.sourceRef === 'string'
        ? [
            {
              key: indicatorItemKey(fields.sourceRef),
              conflictMessage: `An improvement item raised from ${fields.sourceRef} is still open`,
            },
          ]
        : [];
    return {
      ...planned,
      fields,
      uniqueKeys: [...(planned.uniqueKeys ?? []), ...keys],
    };
  };

  readonly edit: EditPlanner = async ({ record, edit, ctx }) => {
    const input = edit as ImprovementEditInput;
    const planned = planImprovementEdit({ fields: record.fields, input });
    if (planned.changes.length === 0) return {};
    if (planned.owner) {
      await this.deps.entities.resolve([planned.fields.owner as string], {
        field: 'owner',
        credentials: ctx.credentials,
      });
    }
    const fields = planned.fields;
    const changes = [...planned.changes];
    if (planned.fillBaseline) {
      const baseline = await this.deps.baseline.of(
        fields.indicatorId as string,
        edit.entityRefs ?? record.entityRefs,
      );
      if (baseline !== undefined) {
        fields.baseline = baseline;
        const i = changes.findIndex(c => c.field === 'baseline');
        const change = {
          field: 'baseline',
          from: record.fields.baseline ?? null,
          to: baseline,
        };
        if (i >= 0) changes[i] = change;
        else changes.push(change);
      }
    }
    // While it waits for approval, the round is asked about the new
    // content (nobody has decided yet), by the new owner's lead.
    const item = { entityRefs: edit.entityRefs ?? record.entityRefs, fields };
    if (
      record.state === 'proposed' &&
      fieldsOutsideApproval(approvedContentOf(record), {
        ...item,
        type: record.type,
      }).length > 0
    ) {
      fields.approval = await this.approvalRound({
        item,
        parties: partiesToTheWork(record).map(p => p.ref),
        round: approvalOf(record)?.round ?? 1,
        ctx,
        now: new Date().toISOString(),
      });
    }
    const plan: EditPlan = { fields, changes };
    if (planned.owner) Object.assign(plan, planned.owner);
    return plan;
  };

  /**
   * The times the evaluation is measured from: when work first started
   * and when evaluation began; a closed item gives up its indicator key.
   * A resubmitted item waits in a new round (one more) covering it as it
   * is, which its resubmitter does not decide either.
   */
  readonly transition: TransitionPlanner = async ({
    input,
    plan,
    record,
    ctx,
    now,
  }) => {
    const fields = { ...(plan.set.fields ?? record.fields) };
    if (input.action === 'start' && !fields.startedAt) fields.startedAt = now;
    if (input.action === 'evaluate') fields.evaluatingSince = now;
    if (input.action === 'resubmit') {
      fields.resubmittedBy = actorOf(ctx.credentials);
      delete fields.approvedAt;
      fields.approval = await this.approvalRound({
        item: { entityRefs: record.entityRefs, fields },
        parties: partiesToTheWork({ ...record, fields }).map(p => p.ref),
        round: (approvalOf(record)?.round ?? 0) + 1,
        ctx,
        now,
      });
    }
    return {
      ...plan,
      set: { ...plan.set, fields },
      ...(plan.set.state === 'closed' ? { releaseUniqueKeys: true } : {}),
    };
  };

  private async approvalRound(options: {
    item: { entityRefs: readonly string[]; fields: Record<string, unknown> };
    parties: readonly string[];
    round: number;
    ctx: RequestContext;
    now: string;
  }) {
    const { owner } = options.item.fields;
    const lead =
      typeof owner === 'string' && owner.startsWith('group:')
        ? await this.deps.leadOf(owner, options.ctx)
        : undefined;
    return planImprovementApproval({
      item: options.item,
      lead,
      managementGroup: this.deps.settings.managementGroup,
      parties: options.parties.filter(Boolean),
      round: options.round,
      now: options.now,
    });
  }
}
