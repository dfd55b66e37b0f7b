import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  mountRecordRoutes,
  requestContext,
} from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { ApprovalService } from '../../core/services/ApprovalService';
import { RecordService } from '../../core/services/RecordService';
import { ImprovementRegister } from '../services/ImprovementRegister';
import { PeriodicReportService } from '../services/PeriodicReportService';
import { TrainingPlanService } from '../services/TrainingPlanService';
import { presentImprovement, presentTraining } from './improvementPresenters';
import { mountReportRoutes } from './reportRoutes';
import { mountTrainingPlanRoutes } from './trainingPlanRoutes';

/**
 * Mounts continual improvement's records (chapter 10) on the shared record
 * routes: `/improvements` (improvement items, §10.2.2) with the plan
 * (§10.3.1), an item's approval and its measured effect, and `/trainings`
 * (training sessions, §10.2.3) after a group's training plan
 * (`/trainings/plan`); and the monthly reports (`/reports`).
 */
export function mountImprovementRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
    register: ImprovementRegister;
    approvals: ApprovalService;
    plans: TrainingPlanService;
    reports: PeriodicReportService;
  },
) {
  const { records, httpAuth, userInfo } = deps;
  // Before the record routes, whose `/improvements/:id` would take it.
  router.get('/improvements/plan', async (req, res) => {
    const ctx = await requestContext(httpAuth, req);
    const year =
      req.query.year === undefined ? undefined : Number(req.query.year);
    res.json(await deps.register.plan(year, ctx));
  });
  const present = mountRecordRoutes(router, {
    records,
    httpAuth,
    userInfo,
    type: 'improvement',
    path: '/improvements',
    present: presentImprovement,
  });
  router.post('/improvements/:id/approvals', async (req, res) => {
    const ctx = await requestContext(httpAuth, req);
    const record = await deps.approvals.decide(req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });
  router.get('/improvements/:id/effect', async (req, res) => {
    const ctx = await requestContext(httpAuth, req);
    res.json(await deps.register.effect(req.params.id, ctx));
  });
  mountTrainingPlanRoutes(router, { plans: deps.plans, httpAuth });
  mountRecordRoutes(router, {
    records,
    httpAuth,
    userInfo,
    type: 'training',
    path: '/trainings',
    present: presentTraining,
  });
  mountReportRoutes(router, { reports: deps.reports, httpAuth });
}
