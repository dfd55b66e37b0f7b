import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { ApprovalService } from '../../core/services/ApprovalService';
import { ChangeRequestInput, ChangeRequests } from '../../changes';
import { KnownErrorLookup } from '../services/KnownErrorLookup';
import { ProblemAnalysisService } from '../services/ProblemAnalysisService';
import { ProblemReportService } from '../services/ProblemReportService';
import { RecordService } from '../../core/services/RecordService';
import {
  mountRecordRoutes,
  requestContext,
} from '../../core/router/mountRecordRoutes';
import { presentProblem } from './problemPresenters';
import { ItsmApiRouter } from '../../core/router/types';

/**
 * Mounts `/problems`: the known-error base, the shared record routes, the
 * investigation and analysis with its report, the approval of solutions
 * and the change request implementing them.
 */
export function mountProblemRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    problemApprovals: ApprovalService;
    problemAnalysis: ProblemAnalysisService;
    knownErrors: KnownErrorLookup;
    problemChangeRequests: ChangeRequests;
    problemReports: ProblemReportService;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  // Before /problems/:id, which would otherwise take it.
  router.get('/problems/known-errors', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    res.json(await deps.knownErrors.knownErrors(req.query, ctx));
  });

  const present = mountRecordRoutes(router, {
    type: 'problem',
    path: '/problems',
    records: deps.records,
    httpAuth: deps.httpAuth,
    userInfo: deps.userInfo,
    present: presentProblem,
  });

  router.put('/problems/:id/analysis', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    // The contract checked the body; the analysis checks the root cause.
    const record = await deps.problemAnalysis.record(
      req.params.id,
      req.body as Parameters<ProblemAnalysisService['record']>[1],
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });

  router.post('/problems/:id/approvals', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const record = await deps.problemApprovals.decide(
      req.params.id,
      req.body,
      ctx,
    );
    res.json((await present([record], ctx))[0]);
  });

  router.post('/problems/:id/change-request', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    // The contract checked the body; the change's intake checks the rest.
    const { record, created } = await deps.problemChangeRequests.attach(
      req.params.id,
      req.body as ChangeRequestInput,
      ctx,
    );
    res.status(created ? 201 : 200).json((await present([record], ctx))[0]);
  });

  router.get('/problems/:id/report', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const { filename, markdown } = await deps.problemReports.report(
      req.params.id,
      ctx,
    );
    res
      .type('text/markdown; charset=utf-8')
      .attachment(filename)
      .send(markdown);
  });
}
