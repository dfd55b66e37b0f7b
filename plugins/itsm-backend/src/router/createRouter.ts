import {
  AuthService,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { ErrorRequestHandler, Router } from 'express';
import { spec } from '../schema/openapi.generated';
import { RecordConflictError } from '../services/RecordConflictError';
import { IncidentEscalationService } from '../services/IncidentEscalationService';
import { RecordService } from '../services/RecordService';
import { mountEscalationRoutes } from './escalationRoutes';
import { mountCmdbRoutes } from './cmdbRoutes';
import { mountChangeRoutes } from './changeRoutes';
import { mountReleaseRoutes } from './releaseRoutes';
import { ChangeRequests } from '../services/ChangeRequests';
import { ProblemReportService } from '../services/ProblemReportService';
import { ProblemAnalysisService } from '../services/ProblemAnalysisService';
import { KnownErrorLookup } from '../services/KnownErrorLookup';
import { mountProblemRoutes } from './problemRoutes';
import { SlaClockReader } from '../services/SlaClockReader';
import { SlaReportService } from '../services/SlaReportService';
import { SlaAgreementService } from '../services/SlaAgreementService';
import { mountSlaReportRoutes } from './slaReportRoutes';
import { ReleasePackageService } from '../services/ReleasePackageService';
import { ReleaseScheduler } from '../services/ReleaseScheduler';
import { ReleaseIncidentWatch } from '../services/ReleaseIncidentWatch';
import { ApprovalService } from '../services/ApprovalService';
import { ChangeStepService } from '../services/ChangeStepService';
import { DeploymentGate } from '../services/DeploymentGate';
import { ChangeCorrelationService } from '../services/ChangeCorrelationService';
import { mountGateRoutes } from './gateRoutes';
import { mountCalendarRoutes } from './calendarRoutes';
import { ChangeCalendar } from '../services/ChangeCalendar';
import { CalendarFeedService } from '../services/CalendarFeedService';
import { ChangeSettings } from '../domain/planChangeIntake';
import { ImpactAnalysisService } from '../services/ImpactAnalysisService';
import { CmdbReader } from '../services/CmdbReader';
import { IntakeServices } from '../intake/createIntakeServices';
import { mountIncidentRoutes } from './incidentsRouter';
import {
  INTAKE_PATHS,
  intakeMiddleware,
  mountIntakeRoutes,
} from './intakeRouter';
import { databaseUnavailableHandler } from './databaseUnavailable';
import { parseJsonBody } from './parseBody';
import { refuseNulCharacters } from './refuseNulCharacters';
import { validateRequests } from './validateRequests';
import { presentRecord } from './presenters';
import { redactFeedTokens } from './redactFeedTokens';

/**
 * A 409 that carries the record as it is now, so the client can show what
 * changed and retry. Other errors go on to Backstage's error handler.
 */
const conflictHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (!(error instanceof RecordConflictError)) {
    next(error);
    return;
  }
  res.status(409).json({
    error: { name: error.name, message: error.message },
    request: { method: req.method, url: req.originalUrl },
    response: { statusCode: 409 },
    current: presentRecord(error.current),
  });
};

/** The plugin's HTTP API, validated against its OpenAPI contract. */
export async function createRouter(deps: {
  records: RecordService;
  escalations: IncidentEscalationService;
  httpAuth: HttpAuthService;
  auth: AuthService;
  userInfo: UserInfoService;
  impact: ImpactAnalysisService;
  cmdb: CmdbReader;
  intake?: IntakeServices;
  approvals: ApprovalService;
  releaseApprovals: ApprovalService;
  problemApprovals: ApprovalService;
  problemAnalysis: ProblemAnalysisService;
  knownErrors: KnownErrorLookup;
  releasePackages: ReleasePackageService;
  releaseChangeRequests: ChangeRequests;
  problemChangeRequests: ChangeRequests;
  problemReports: ProblemReportService;
  slaClocks: SlaClockReader;
  slaReports: SlaReportService;
  slaAgreements: SlaAgreementService;
  releaseScheduler: ReleaseScheduler;
  releaseIncidents: ReleaseIncidentWatch;
  steps: ChangeStepService;
  correlations: ChangeCorrelationService;
  gate: DeploymentGate;
  changeSettings: ChangeSettings;
  calendar: ChangeCalendar;
  feeds: CalendarFeedService;
}): Promise<Router> {
  // The requests were checked by `validateRequests` below.
  const router = createValidatedOpenApiRouter<typeof spec>(spec, {
    validatorOptions: { validateRequests: false },
  });
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  mountIncidentRoutes(router, deps);
  mountEscalationRoutes(router, deps);
  mountChangeRoutes(router, deps);
  mountReleaseRoutes(router, deps);
  mountProblemRoutes(router, deps);
  mountGateRoutes(router, deps);
  mountSlaReportRoutes(router, deps);
  mountCalendarRoutes(router, deps);
  mountCmdbRoutes(router, deps);
  if (deps.intake) {
    mountIntakeRoutes(router, { ...deps.intake, httpAuth: deps.httpAuth });
  }
  router.use(conflictHandler);
  router.use(databaseUnavailableHandler);

  // Ahead of the typed router, whose error handler would turn every error
  // (a 403, a 413) into a 400 and whose messages do not name an unknown
  // property: calendar subscription tokens are kept out of the request
  // log; the intake routes check the caller, then read their bodies (a raw
  // mail) with their own limits; the other bodies are read as JSON; the
  // request is checked against the contract, then for NUL characters.
  const outer = Router();
  outer.use(redactFeedTokens);
  if (deps.intake) {
    outer.use(intakeMiddleware(deps.httpAuth));
  }
  outer.use(parseJsonBody());
  outer.use(validateRequests(spec));
  outer.use(refuseNulCharacters({ except: INTAKE_PATHS }));
  outer.use(router);
  return outer;
}
