import { HttpAuthService } from '@backstage/backend-plugin-api';
import { CiHistoryService } from '../services/CiHistoryService';
import { ImpactAnalysisService } from '../services/ImpactAnalysisService';
import { ItsmApiRouter } from './types';

/**
 * Mounts the configuration management routes: `GET /impact` (what depends
 * on some entities) and `GET /ci-changes` (the history of configuration
 * items).
 */
export function mountCmdbRoutes(
  router: ItsmApiRouter,
  deps: {
    impact: ImpactAnalysisService;
    ciHistory: CiHistoryService;
    httpAuth: HttpAuthService;
  },
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

  router.get('/ci-changes', async (req, res) => {
    await deps.httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { entityRef, unauthorized, limit, cursor } = req.query;
    res.json(
      await deps.ciHistory.listChanges({
        entityRef,
        unauthorized:
          unauthorized === undefined
            ? undefined
            : String(unauthorized) === 'true',
        limit: limit === undefined ? undefined : Number(limit),
        cursor,
      }),
    );
  });
}
