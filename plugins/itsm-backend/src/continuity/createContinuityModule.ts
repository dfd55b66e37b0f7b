import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { exerciseMoveFields } from './domain/continuityMoveFields';
import {
  presentContinuityPlan,
  presentExercise,
  presentImpactAnalysis,
  presentRisk,
} from './router/continuityPresenters';
import { mountContinuityRoutes } from './router/continuityRoutes';
import { ContinuityIntake } from './services/ContinuityIntake';

/**
 * IT service continuity (chapter 9): risks (§9.1), business impact
 * analyses (§9.1.3), continuity plans (§9.2) and exercises (§9.3), each a
 * record of the core with its own workflow.
 */
export function createContinuityModule(core: RecordCore) {
  const intake = new ContinuityIntake(core.permissions);
  const module: ProcessModule = {
    recordTypes: {
      risk: { present: presentRisk, intake: intake.plannerFor('risk') },
      'impact-analysis': {
        present: presentImpactAnalysis,
        intake: intake.plannerFor('impact-analysis'),
      },
      'continuity-plan': {
        present: presentContinuityPlan,
        intake: intake.plannerFor('continuity-plan'),
      },
      exercise: {
        present: presentExercise,
        moves: exerciseMoveFields,
        intake: intake.plannerFor('exercise'),
      },
    },
    start: ({ records }) => ({
      routes: [
        r =>
          mountContinuityRoutes(r, {
            records,
            httpAuth: core.httpAuth,
            userInfo: core.userInfo,
          }),
      ],
    }),
  };
  return { module };
}
