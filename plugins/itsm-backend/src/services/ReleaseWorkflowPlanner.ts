import { EntityLookup } from '../catalog/EntityLookup';
import { ChangeSettings } from '../domain/planChangeIntake';
import { TransitionPlanner } from './RecordService';
import { startApprovalRound } from './startApprovalRound';

/**
 * What release moves do besides their state (chapter 7): a request for
 * approval derives the approvers through the changes' approval engine
 * (the owners of the released entities, and the CAB for medium and high
 * risk); the other moves stamp their time.
 */
export class ReleaseWorkflowPlanner {
  constructor(
    private readonly deps: {
      /** Who approves: the changes' CAB and owner rule. */
      approvers: Pick<ChangeSettings, 'cab' | 'emergencyCab' | 'ownerRule'>;
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
    const fields = { ...(plan.set.fields ?? record.fields) };
    switch (input.action) {
      case 'request_approval':
        fields.approval = await startApprovalRound({
          record,
          model: 'normal',
          settings: this.deps.approvers,
          entities: this.deps.entities,
          ctx,
          now,
        });
        delete fields.returnedReason;
        break;
      case 'sign_off':
        fields.auditedAt = now;
        break;
      case 'start_rollout':
        fields.startedAt = now;
        break;
      case 'complete_rollout':
        fields.completedAt = now;
        break;
      case 'confirm':
        fields.releasedAt = now;
        break;
      case 'rollback':
        fields.rolledBackAt = now;
        break;
      default:
        break;
    }
    return { ...plan, set: { ...plan.set, fields } };
  };
}
