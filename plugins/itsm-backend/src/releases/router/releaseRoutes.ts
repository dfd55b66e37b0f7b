import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { ApprovalService } from '../../core/services/ApprovalService';
import { RecordService } from '../../core/services/RecordService';
import { ChangeRequests } from '../../changes';
import { ReleasePackageService } from '../services/ReleasePackageService';
import { ReleaseScheduler } from '../services/ReleaseScheduler';
import { ReleaseIncidentWatch } from '../services/ReleaseIncidentWatch';
import {
  mountRecordRoutes,
  requestContext,
} from '../../core/router/mountRecordRoutes';
import { presentIncident } from '../../incidents';
import { presentRelease } from './releasePresenters';
import { ItsmApiRouter } from '../../core/router/types';

/**
 * Mounts `/releases`: the shared record routes, approvals, and the
 * package's contents, checks, pre-release checklist and rollout phases.
 */
export function mountReleaseRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    releaseApprovals: ApprovalService;
    releasePackages: ReleasePackageService;
    releaseChangeRequests: ChangeRequests;
    releaseScheduler: ReleaseScheduler;
    releaseIncidents: ReleaseIncidentWatch;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  // Before /releases/:id, which would otherwise take it.
  router.get('/releases/free-window', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const { entityRef, durationMinutes, after } = req.query;
    res.json(
      await deps.releaseScheduler.proposeWindow(
        { entityRef, durationMinutes, after },
        ctx,
      ),
    );
  });

  const present = mountRecordRoutes(router, {
    type: 'release',
    path: '/releases',
    records: deps.records,
    httpAuth: deps.httpAuth,
    userInfo: deps.userInfo,
    present: presentRelease,
  });

  router.put('/releases/:id/contents', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.releasePackages.replaceContents(
      req.params.id,
      req.body,
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });

  router.post('/releases/:id/change-request', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const { record: release, created } =
      await deps.releaseChangeRequests.attach(req.params.id, req.body, ctx);
    res.status(created ? 201 : 200).json((await present([release], ctx))[0]);
  });

  router.post('/releases/:id/verifications', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.releasePackages.recordVerification(
      req.params.id,
      req.body,
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });

  router.post('/releases/:id/pre-release', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.releasePackages.checkPreRelease(
      req.params.id,
      req.body,
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });

  router.post('/releases/:id/phases', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.releasePackages.reportPhase(
      req.params.id,
      req.body,
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });

  router.get('/releases/:id/incidents', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const { incidents, considerRollback } =
      await deps.releaseIncidents.incidentsOf(req.params.id, ctx);
    res.json({
      items: incidents.map(incident => presentIncident(incident)),
      considerRollback,
    });
  });

  router.post('/releases/:id/approvals', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.releaseApprovals.decide(
      req.params.id,
      req.body,
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });
}
