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
import { ContinuityPlanService } from '../services/ContinuityPlanService';
import { presentContinuityPlan } from './continuityPresenters';

/**
 * Mounts `/continuity-plans` (§9.2): the shared record routes, and a
 * plan's content, measures, approvals, versions and objectives.
 */
export function mountContinuityPlanRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    plans: ContinuityPlanService;
    planApprovals: ApprovalService;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  const present = mountRecordRoutes(router, {
    type: 'continuity-plan',
    path: '/continuity-plans',
    records: deps.records,
    httpAuth: deps.httpAuth,
    userInfo: deps.userInfo,
    present: presentContinuityPlan,
  });

  router.put('/continuity-plans/:id/content', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.plans.updateContent(req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.post('/continuity-plans/:id/measures/:measureId', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.plans.tickMeasure(
      req.params.id,
      req.params.measureId,
      req.body,
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });

  router.post('/continuity-plans/:id/approvals', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.planApprovals.decide(
      req.params.id,
      req.body,
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });

  router.get('/continuity-plans/:id/versions', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json({ items: await deps.plans.versions(req.params.id, ctx) });
  });

  router.get('/continuity-plans/:id/versions/:n', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(
      await deps.plans.version(req.params.id, Number(req.params.n), ctx),
    );
  });

  router.get('/continuity-plans/:id/objectives', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json({ items: await deps.plans.objectives(req.params.id, ctx) });
  });
}
