import { HttpAuthService } from '@backstage/backend-plugin-api';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { PeriodicReportService } from '../services/PeriodicReportService';

/**
 * The monthly reports (§2.1.2(5), §6.3.3, §8.3): `GET` and `POST /reports`,
 * `GET /reports/{scope}/{period}` (the scope URL-encoded).
 */
export function mountReportRoutes(
  router: ItsmApiRouter,
  deps: { reports: PeriodicReportService; httpAuth: HttpAuthService },
) {
  router.get('/reports', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json({ items: await deps.reports.list(req.query.scope, ctx) });
  });

  router.post('/reports', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.status(201).json(await deps.reports.create(req.body, ctx));
  });

  router.get('/reports/:scope/:period', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.reports.get(req.params.scope, req.params.period, ctx));
  });
}
