import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { IncidentEscalationService } from '../services/IncidentEscalationService';
import { presentIncident } from './incidentPresenters';
import { ItsmApiRouter } from '../../core/router/types';
import { Request } from 'express';

/** Mounts escalation and the major incident procedure under `/incidents/:id`. */
export function mountEscalationRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    escalations: IncidentEscalationService;
    httpAuth: HttpAuthService;
  },
): void {
  const { records, escalations, httpAuth } = deps;

  async function context(
    req: Request<any, any, any, any>,
  ): Promise<RequestContext> {
    return {
      credentials: await httpAuth.credentials(req, { allow: ['user'] }),
      request: req,
    };
  }

  async function answer(
    ctx: RequestContext,
    work: Promise<Parameters<typeof presentIncident>[0]>,
  ) {
    const record = await work;
    const allowed = await records.allowedActions([record], ctx);
    return presentIncident(record, allowed.get(record.id));
  }

  router.post('/incidents/:id/escalations', async (req, res) => {
    const ctx = await context(req);
    res.json(
      await answer(ctx, escalations.escalate(req.params.id, req.body, ctx)),
    );
  });

  router.post('/incidents/:id/priority-requests', async (req, res) => {
    const ctx = await context(req);
    res.json(
      await answer(
        ctx,
        escalations.requestPriority(req.params.id, req.body, ctx),
      ),
    );
  });

  router.post('/incidents/:id/priority-requests/decision', async (req, res) => {
    const ctx = await context(req);
    res.json(
      await answer(
        ctx,
        escalations.decidePriority(req.params.id, req.body, ctx),
      ),
    );
  });

  router.post('/incidents/:id/major', async (req, res) => {
    const ctx = await context(req);
    res.json(
      await answer(ctx, escalations.declareMajor(req.params.id, req.body, ctx)),
    );
  });

  router.post('/incidents/:id/review', async (req, res) => {
    const ctx = await context(req);
    res.json(
      await answer(ctx, escalations.review(req.params.id, req.body, ctx)),
    );
  });
}
