import { EntityLookup } from '../../core/catalog/EntityLookup';
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
 * it, and the times work and evaluation started.
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
    fields.approval = await this.approvalRound(
      fields.owner,
      planned.reportedBy ?? '',
      options.ctx,
      options.now,
    );
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
    // A new owner while it waits for approval: its lead decides instead.
    if (planned.owner && record.state === 'proposed') {
      fields.approval = await this.approvalRound(
        fields.owner,
        record.reportedBy,
        ctx,
        new Date().toISOString(),
      );
    }
    const plan: EditPlan = { fields, changes };
    if (planned.owner) Object.assign(plan, planned.owner);
    return plan;
  };

  /**
   * The times the evaluation is measured from: when work first started
   * and when evaluation began; a closed item gives up its indicator key.
   */
  readonly transition: TransitionPlanner = async ({
    input,
    plan,
    record,
    now,
  }) => {
    const fields = { ...(plan.set.fields ?? record.fields) };
    if (input.action === 'start' && !fields.startedAt) fields.startedAt = now;
    if (input.action === 'evaluate') fields.evaluatingSince = now;
    return {
      ...plan,
      set: { ...plan.set, fields },
      ...(plan.set.state === 'closed' ? { releaseUniqueKeys: true } : {}),
    };
  };

  private async approvalRound(
    owner: unknown,
    proposer: string,
    ctx: RequestContext,
    now: string,
  ) {
    const lead =
      typeof owner === 'string' && owner.startsWith('group:')
        ? await this.deps.leadOf(owner, ctx)
        : undefined;
    return planImprovementApproval({
      lead,
      managementGroup: this.deps.settings.managementGroup,
      proposer,
      now,
    });
  }
}
