import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { SlaReportService } from '../services/SlaReportService';
import { readQueueQuery } from './queueQuery';
import { ItsmApiRouter } from './types';

/** Mounts `/sla/report`, the service level report (§8.3). */
export function mountSlaReportRoutes(
  router: ItsmApiRouter,
  deps: {
    slaReports: SlaReportService;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  router.get('/sla/report', async (req, res) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const scope = await readQueueQuery(req.query, credentials, deps.userInfo);
    res.json(
      await deps.slaReports.report(
        {
          from: req.query.from,
          to: req.query.to,
          entityRef: scope.entityRef,
          assignmentGroups: scope.assignmentGroups,
        },
        { credentials, request: req },
      ),
    );
  });
}
