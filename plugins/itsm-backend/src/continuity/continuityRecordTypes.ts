import { PermissionsService } from '@backstage/backend-plugin-api';
import { EntityLookup } from '../core/catalog/EntityLookup';
import { RecordStore } from '../core/database/RecordStore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { exerciseMoveFields } from './domain/continuityMoveFields';
import { planContinuityPlanNotifications } from './domain/planContinuityPlanNotifications';
import { planImpactAnalysisNotifications } from './domain/planImpactAnalysisNotifications';
import {
  presentContinuityPlan,
  presentExercise,
  presentImpactAnalysis,
  presentRisk,
} from './router/continuityPresenters';
import { ContinuityIntake } from './services/ContinuityIntake';
import {
  ExerciseIntakeInput,
  planExerciseIntake,
} from './domain/planExerciseIntake';
import { intakeInputOf } from '../core/services/recordProcessHooks';
import { ContinuityPlanWorkflowPlanner } from './services/ContinuityPlanWorkflowPlanner';
import { ExerciseWorkflowPlanner } from './services/ExerciseWorkflowPlanner';
import { ImpactAnalysisPlanner } from './services/ImpactAnalysisPlanner';
import { ContinuitySettings } from './services/readContinuitySettings';
import { RiskRating } from './domain/planRiskAssessment';
import { RiskAssessment } from './services/RiskAssessment';

/**
 * The four continuity record types as the record core runs them: each
 * type's intake, edit, move and notification planners, on the permissions
 * and catalog lookup given. The module registers them on the plugin's own;
 * the demo data (demo/) runs the same planners as the demo users.
 */
export function continuityRecordTypes(deps: {
  permissions: PermissionsService;
  entities: EntityLookup;
  store: RecordStore;
  settings: ContinuitySettings;
  rating: RiskRating;
}) {
  const analyses = new ImpactAnalysisPlanner({
    settings: deps.settings,
    entities: deps.entities,
  });
  const risks = new RiskAssessment({
    rating: deps.rating,
    entities: deps.entities,
  });
  const intake = new ContinuityIntake(deps.permissions, deps.entities);
  const recordTypes: NonNullable<ProcessModule['recordTypes']> = {
    risk: {
      present: presentRisk,
      intake: intake.plannerFor('risk', risks.intake),
      edit: risks.edit,
      transition: risks.transition,
    },
    'impact-analysis': {
      present: presentImpactAnalysis,
      intake: intake.plannerFor('impact-analysis', analyses.intake),
      edit: analyses.edit,
      transition: analyses.transition,
      notifications: {
        plan: planImpactAnalysisNotifications,
        path: '/itsm/business-impact-analyses',
      },
    },
    'continuity-plan': {
      present: presentContinuityPlan,
      intake: intake.plannerFor('continuity-plan'),
      transition: new ContinuityPlanWorkflowPlanner({
        settings: deps.settings,
        entities: deps.entities,
      }).plan,
      notifications: {
        plan: planContinuityPlanNotifications,
        path: '/itsm/continuity-plans',
      },
    },
    exercise: {
      present: presentExercise,
      moves: exerciseMoveFields,
      intake: intake.plannerFor('exercise', async ({ input }) =>
        planExerciseIntake(intakeInputOf<ExerciseIntakeInput>(input)),
      ),
      transition: new ExerciseWorkflowPlanner({ store: deps.store }).plan,
    },
  };
  return { recordTypes, intake, analyses, risks };
}
