import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Router } from 'express';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { StoredRecord } from '../../core/database/RecordStore';
import { RequestContext } from '../../core/services/RecordService';
import { ExercisePlanning } from '../services/ExercisePlanning';
import { ExerciseRuns } from '../services/ExerciseRuns';

/**
 * An exercise's own routes (§9.3): its create (ahead of the shared one, for
 * the plan it exercises and the change request of one that interrupts
 * service), the ticks of its checklist and its findings.
 */
export function mountExerciseRoutes(
  apiRouter: ItsmApiRouter,
  deps: {
    planning: ExercisePlanning;
    runs: ExerciseRuns;
    httpAuth: HttpAuthService;
    present: (list: StoredRecord[], ctx: RequestContext) => Promise<unknown[]>;
  },
) {
  // Checked against the contract by the validated router already.
  const router = apiRouter as unknown as Router;
  const context = (req: any) => requestContext(deps.httpAuth, req);

  router.post('/exercises', async (req, res) => {
    const ctx = await context(req);
    const { record, created } = await deps.planning.create(req.body, {
      ...ctx,
      idempotencyKey: req.header('idempotency-key') || undefined,
    });
    const [shown] = await deps.present([record], ctx);
    res.status(created ? 201 : 200).json(shown);
  });

  router.post('/exercises/:id/steps/:stepId', async (req, res) => {
    const ctx = await context(req);
    const record = await deps.runs.tickStep(
      req.params.id,
      req.params.stepId,
      req.body,
      ctx,
    );
    res.json((await deps.present([record], ctx))[0]);
  });

  router.post('/exercises/:id/findings', async (req, res) => {
    const ctx = await context(req);
    const record = await deps.runs.addFinding(req.params.id, req.body, ctx);
    res.status(201).json((await deps.present([record], ctx))[0]);
  });
}
