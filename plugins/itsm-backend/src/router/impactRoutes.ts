import { HttpAuthService } from '@backstage/backend-plugin-api';
import { ImpactAnalysisService } from '../services/ImpactAnalysisService';
import { ItsmApiRouter } from './types';

/** Mounts `GET /impact`: what depends on a set of catalog entities. */
export function mountImpactRoutes(
  router: ItsmApiRouter,
  deps: { impact: ImpactAnalysisService; httpAuth: HttpAuthService },
): void {
  router.get('/impact', async (req, res) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { entityRef, depth } = req.query;
    res.json(
      await deps.impact.analyze(
        {
          entityRefs: entityRef,
          depth: depth === undefined ? undefined : Number(depth),
        },
        credentials,
      ),
    );
  });
}
