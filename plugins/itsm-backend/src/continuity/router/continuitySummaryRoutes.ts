import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { ContinuitySummaryService } from '../services/ContinuitySummaryService';

/**
 * Mounts `/continuity/summary?entityRef=`: what continuity says of one
 * entity, for the Continuity card of its overview.
 */
export function mountContinuitySummaryRoutes(
  router: ItsmApiRouter,
  deps: { httpAuth: HttpAuthService; summaries: ContinuitySummaryService },
): void {
  router.get('/continuity/summary', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const entityRef = req.query.entityRef;
    if (typeof entityRef !== 'string' || !entityRef) {
      throw new InputError('entityRef: name the entity to summarize');
    }
    res.json(await deps.summaries.forEntity(entityRef, ctx));
  });
}
