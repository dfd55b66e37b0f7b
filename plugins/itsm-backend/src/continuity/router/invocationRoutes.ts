import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Router } from 'express';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { ContinuityInvocations } from '../services/ContinuityInvocations';

/**
 * Continuity plans invoked from a major incident: `/incidents/{id}/continuity-*`.
 */
export function mountInvocationRoutes(
  apiRouter: ItsmApiRouter,
  deps: { invocations: ContinuityInvocations; httpAuth: HttpAuthService },
) {
  const router = apiRouter as unknown as Router;
  const { invocations } = deps;
  const context = (req: any) => requestContext(deps.httpAuth, req);

  router.get('/incidents/:id/continuity-plans', async (req, res) => {
    res.json(await invocations.overview(req.params.id, await context(req)));
  });

  router.post('/incidents/:id/continuity-invocations', async (req, res) => {
    const result = await invocations.invoke(
      req.params.id,
      req.body,
      await context(req),
    );
    res.status(201).json(result);
  });

  router.post(
    '/incidents/:id/continuity-invocations/:invocationId/steps/:stepId',
    async (req, res) => {
      res.json(
        await invocations.tickStep(
          req.params.id,
          req.params.invocationId,
          req.params.stepId,
          req.body,
          await context(req),
        ),
      );
    },
  );

  router.post(
    '/incidents/:id/continuity-invocations/:invocationId/recovery',
    async (req, res) => {
      res.json(
        await invocations.recover(
          req.params.id,
          req.params.invocationId,
          req.body,
          await context(req),
        ),
      );
    },
  );
}
