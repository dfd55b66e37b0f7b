import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { ApprovalService } from '../services/ApprovalService';
import { RecordService } from '../services/RecordService';
import { mountRecordRoutes, requestContext } from './mountRecordRoutes';
import { presentRelease } from './presenters';
import { ItsmApiRouter } from './types';

/** Mounts `/releases`: the shared record routes, and approvals. */
export function mountReleaseRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    releaseApprovals: ApprovalService;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  const present = mountRecordRoutes(router, {
    type: 'release',
    path: '/releases',
    records: deps.records,
    httpAuth: deps.httpAuth,
    userInfo: deps.userInfo,
    present: presentRelease,
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
