import { ConflictError } from '@backstage/errors';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { actorOf } from '../../core/services/actorOf';
import { TransitionPlanner } from '../../core/services/RecordService';
import { planContinuityPlanApproval } from '../domain/planContinuityPlanApproval';
import { ContinuitySettings } from './readContinuitySettings';

/**
 * What a plan's moves do besides their state (§9.2): submitting it
 * records who submitted it and asks its owner and the continuity managers
 * for approval (the approval engine moves it on).
 */
export class ContinuityPlanWorkflowPlanner {
  constructor(
    private readonly deps: {
      settings: ContinuitySettings;
      entities: EntityLookup;
    },
  ) {}

  readonly plan: TransitionPlanner = async ({
    record,
    input,
    plan,
    ctx,
    now,
  }) => {
    if (input.action !== 'submit') return plan;
    const managersGroup = this.deps.settings.managersGroup;
    if (!managersGroup) {
      throw new ConflictError(
        `${record.ref}: nobody approves continuity plans: configure itsm.continuity.managersGroup`,
      );
    }
    const fields: Record<string, unknown> = {
      ...(plan.set.fields ?? record.fields),
      submittedBy: actorOf(ctx.credentials),
    };
    delete fields.returnedReason;
    fields.approval = planContinuityPlanApproval({
      record: { ...record, fields },
      owner: record.assignee ?? record.assignmentGroup,
      managersGroup,
      managers: await this.deps.entities.groupMembers(managersGroup, {
        credentials: ctx.credentials,
      }),
      now,
    });
    return { ...plan, set: { ...plan.set, fields } };
  };
}
