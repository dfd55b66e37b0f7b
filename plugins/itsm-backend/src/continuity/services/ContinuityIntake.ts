import {
  exerciseKindLabels,
  itsmContinuityManagePermission,
  riskAreaLabels,
} from '@backstage-itsm/plugin-itsm-common';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { oneOf } from '../../core/domain/intakeChecks';
import { actorOf } from '../../core/services/actorOf';
import {
  IntakePlanner,
  intakeInputOf,
} from '../../core/services/recordProcessHooks';
import { planWindow } from '../../changes';
import { RecordWindow } from '../../core/model/recordModel';
import { ContinuityIntakeInput } from '../domain/continuityIntakeInput';
import {
  ExerciseInput,
  planExerciseFields,
} from '../domain/planExerciseFields';
import { planContinuityOwner } from '../domain/planContinuityOwner';
import { ImpactAnalysisInput } from '../domain/planImpactAnalysis';
import { ImpactAnalysisPlanner } from './ImpactAnalysisPlanner';
import { RiskAssessmentInput } from '../domain/planRiskAssessment';
import { RiskAssessment } from './RiskAssessment';

type ContinuityType =
  | 'risk'
  | 'impact-analysis'
  | 'continuity-plan'
  | 'exercise';

/**
 * The intake of continuity records (chapter 9): only those who may manage
 * continuity (`itsm.continuity.manage`) record them; each has an owner
 * (the one named, else its first entity's) and its type's own fields.
 */
export class ContinuityIntake {
  constructor(
    private readonly permissions: PermissionsService,
    /** The types' own fields: a risk's assessment, an analysis's grid and key. */
    private readonly planners: {
      risks: RiskAssessment;
      analyses: ImpactAnalysisPlanner;
    },
  ) {}

  /** A 403 unless the caller manages continuity (`itsm.continuity.manage`). */
  async requireManager(
    type: ContinuityType,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize(
      [{ permission: itsmContinuityManagePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Only continuity managers may record a ${type.replace(
          '-',
          ' ',
        )} (itsm.continuity.manage)`,
      );
    }
  }

  /** The intake planner of one continuity record type. */
  plannerFor(type: ContinuityType): IntakePlanner {
    return async ({ input, resolved, ctx }) => {
      await this.requireManager(type, ctx.credentials);
      const fields = intakeInputOf<ContinuityIntakeInput>(input);
      const first = resolved.entityRefs[0];
      const { owner, ...columns } = planContinuityOwner(
        fields.owner,
        resolved.owners.find(o => o.entityRef === first)?.ownerRef,
      );
      let own: Record<string, unknown> = owner ? { owner } : {};
      let priority = 'P3';
      if (type === 'risk') {
        own.area = oneOf(fields.area, riskAreaLabels, 'area');
        const assessed = await this.planners.risks.intake(
          intakeInputOf<RiskAssessmentInput>(input),
          ctx,
        );
        own = { ...own, ...assessed.fields };
        priority = assessed.priority;
      }
      let window: RecordWindow | undefined;
      if (type === 'exercise') {
        own.kind = oneOf(fields.kind, exerciseKindLabels, 'kind');
        // The plan and the change request are resolved by ExercisePlanning.
        Object.assign(
          own,
          planExerciseFields(intakeInputOf<ExerciseInput>(input)),
        );
        const { changeRequest } = intakeInputOf<{ changeRequest?: string }>(
          input,
        );
        if (changeRequest) {
          own.changeRequest = changeRequest;
          window = planWindow(fields.window);
        }
      }
      const analysis =
        type === 'impact-analysis'
          ? this.planners.analyses.intake(
              intakeInputOf<ImpactAnalysisInput>(input),
              resolved,
            )
          : undefined;
      return {
        ...(window ? { window } : {}),
        priority,
        fields: { ...own, ...analysis?.fields },
        ...(analysis ? { uniqueKeys: analysis.uniqueKeys } : {}),
        reportedBy: actorOf(ctx.credentials),
        ...columns,
      };
    };
  }
}
