import { HttpAuthService } from '@backstage/backend-plugin-api';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { RiskRegisterService } from '../services/RiskRegisterService';

/**
 * The risk register and its reports (§9.1.3(4), (5)):
 * `GET /risks/register`, `GET` and `POST /risks/reports`,
 * `GET /risks/reports/{id}`. Mounted before the risks' record routes,
 * whose `/risks/{id}` would otherwise take these paths.
 */
export function mountRiskRoutes(
  router: ItsmApiRouter,
  deps: { register: RiskRegisterService; httpAuth: HttpAuthService },
) {
  router.get('/risks/register', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.register.register(req.query.scope, ctx));
  });

  router.get('/risks/reports', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json({ items: await deps.register.listReports(req.query.scope, ctx) });
  });

  router.post('/risks/reports', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res
      .status(201)
      .json(await deps.register.generateReport(req.body.scope, ctx));
  });

  router.get('/risks/reports/:id', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.register.getReport(req.params.id, ctx));
  });
}
