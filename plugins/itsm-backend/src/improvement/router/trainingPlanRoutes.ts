import { HttpAuthService } from '@backstage/backend-plugin-api';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { TrainingPlanService } from '../services/TrainingPlanService';
import { presentTraining } from './improvementPresenters';

/**
 * A group's training plan (§10.2.3): `GET /trainings/plan?group=`. Mounted
 * before the training sessions' record routes, whose `/trainings/{id}`
 * would otherwise take the path.
 */
export function mountTrainingPlanRoutes(
  router: ItsmApiRouter,
  deps: { plans: TrainingPlanService; httpAuth: HttpAuthService },
) {
  router.get('/trainings/plan', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const plan = await deps.plans.plan(req.query.group, ctx);
    res.json({
      ...plan,
      sessions: plan.sessions.map(s => presentTraining(s)),
    });
  });
}
