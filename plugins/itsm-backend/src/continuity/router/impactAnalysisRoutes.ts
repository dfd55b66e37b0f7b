import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { BusinessImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { ApprovalService } from '../../core/services/ApprovalService';
import { RequestContext } from '../../core/services/RecordService';
import { StoredRecord } from '../../core/database/RecordStore';
import { ImpactAnalysisFacts } from '../services/ImpactAnalysisFacts';
import { RecoveryObjectivesService } from '../services/RecoveryObjectivesService';

/**
 * Mounts what a business impact analysis adds to the shared record routes
 * (§9.1.3) and the recovery objectives checked against the dependency
 * graph: `/business-impact-analyses/{id}/facts`, `/consistency` and
 * `/approvals`, `/continuity/objectives?entityRef=` and
 * `/continuity/coverage`.
 */
export function mountImpactAnalysisRoutes(
  router: ItsmApiRouter,
  deps: {
    httpAuth: HttpAuthService;
    facts: ImpactAnalysisFacts;
    objectives: RecoveryObjectivesService;
    approvals: ApprovalService;
    present: (
      records: StoredRecord[],
      ctx: RequestContext,
    ) => Promise<BusinessImpactAnalysis[]>;
  },
): void {
  router.get('/business-impact-analyses/:id/facts', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.facts.facts(req.params.id, ctx));
  });

  router.get('/business-impact-analyses/:id/consistency', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.objectives.forAnalysis(req.params.id, ctx));
  });

  router.post('/business-impact-analyses/:id/approvals', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.approvals.decide(req.params.id, req.body, ctx);
    res.json((await deps.present([record], ctx))[0]);
  });

  router.get('/continuity/objectives', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const entityRef = req.query.entityRef;
    if (typeof entityRef !== 'string' || !entityRef) {
      throw new InputError('entityRef: name the entity to check');
    }
    res.json(await deps.objectives.forEntity(entityRef, ctx));
  });

  router.get('/continuity/coverage', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.objectives.coverage(ctx));
  });
}
