import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { StoredRecord } from '../../core/database/RecordStore';
import { ChangeSettings } from '../domain/planChangeIntake';
import { ApprovalService } from '../../core/services/ApprovalService';
import { ChangeStepService } from '../services/ChangeStepService';
import {
  ChangeCorrelationService,
  Correlation,
} from '../services/ChangeCorrelationService';
import { RecordService } from '../../core/services/RecordService';
import {
  mountRecordRoutes,
  requestContext,
} from '../../core/router/mountRecordRoutes';
import { presentChange } from './changePresenters';
import { ItsmApiRouter } from '../../core/router/types';

/**
 * Mounts `/changes` (the shared record routes) and what only changes have:
 * the request form, approvals, plan steps and incident correlation.
 */
export function mountChangeRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    approvals: ApprovalService;
    steps: ChangeStepService;
    correlations: ChangeCorrelationService;
    changeSettings: ChangeSettings;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  const { records, approvals, httpAuth, userInfo } = deps;

  const context = (req: Request<any, any, any, any>) =>
    requestContext(httpAuth, req);

  router.get('/changes/form', async (req, res) => {
    await context(req);
    const { riskQuestionnaire, standardChanges } = deps.changeSettings;
    res.json({
      riskQuestionnaire: {
        questions: riskQuestionnaire.questions.map(({ options, ...q }) => ({
          ...q,
          ...(options ? { options: [...options] } : {}),
        })),
        thresholds: riskQuestionnaire.thresholds,
      },
      standardChanges,
    });
  });

  // After /changes/form, which /changes/:id would otherwise take.
  const present = mountRecordRoutes(router, {
    type: 'change',
    path: '/changes',
    records,
    httpAuth,
    userInfo,
    present: presentChange,
  });

  router.post('/changes/:id/approvals', async (req, res) => {
    const ctx = await context(req);
    const record = await approvals.decide(req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  router.post('/changes/:id/steps', async (req, res) => {
    const ctx = await context(req);
    const record = await deps.steps.update(req.params.id, req.body, ctx);
    res.json((await present([record], ctx))[0]);
  });

  /** A correlation as the API shows it: the records on the other side. */
  function presentCorrelation(correlation: Correlation) {
    const brief = (r: StoredRecord) => ({
      id: r.id,
      ref: r.ref,
      type: r.type,
      title: r.title,
      state: r.state,
      priority: r.priority,
      createdAt: r.createdAt,
      entityRefs: r.entityRefs,
      ...(r.window ? { window: r.window } : {}),
    });
    return {
      suggested: correlation.suggested.map(brief),
      confirmed: correlation.confirmed.map(brief),
      dismissed: correlation.dismissed.map(brief),
    };
  }

  router.get('/changes/:id/incidents', async (req, res) => {
    const ctx = await context(req);
    res.json(
      presentCorrelation(await deps.correlations.forChange(req.params.id, ctx)),
    );
  });

  router.post('/changes/:id/incidents', async (req, res) => {
    const ctx = await context(req);
    res.json(
      presentCorrelation(
        await deps.correlations.decide(req.params.id, req.body, ctx),
      ),
    );
  });

  router.get('/incidents/:id/changes', async (req, res) => {
    const ctx = await context(req);
    res.json(
      presentCorrelation(
        await deps.correlations.forIncident(req.params.id, ctx),
      ),
    );
  });
}
