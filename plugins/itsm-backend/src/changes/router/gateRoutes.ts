import { HttpAuthService } from '@backstage/backend-plugin-api';
import { DeploymentGate } from '../services/DeploymentGate';
import { ItsmApiRouter } from '../../core/router/types';

/** Mounts `/deployment-gate`, which pipelines ask before they deploy. */
export function mountGateRoutes(
  router: ItsmApiRouter,
  deps: { gate: DeploymentGate; httpAuth: HttpAuthService },
): void {
  router.get('/deployment-gate', async (req, res) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { entityRef, at } = req.query;
    res.json(
      await deps.gate.decide({ entityRef, at }, { credentials, request: req }),
    );
  });
}
