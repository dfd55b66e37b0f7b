import { ApprovalService } from '../core/services/ApprovalService';
import { CatalogEntityNames } from '../core/catalog/CatalogEntityNames';
import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { ChangeRequests } from '../changes';
import { IncidentModule } from '../incidents';
import { problemMoveFields } from './domain/problemMoveFields';
import { problemChangeRequestRules } from './domain/planProblemChangeRequest';
import { problemIntakePlanner } from './problemIntakePlanner';
import { mountProblemRoutes } from './router/problemRoutes';
import { presentProblem } from './router/problemPresenters';
import { KnownErrorLookup } from './services/KnownErrorLookup';
import { ProblemAnalysisService } from './services/ProblemAnalysisService';
import { ProblemFixFollower } from './services/ProblemFixFollower';
import { ProblemReportService } from './services/ProblemReportService';
import { ProblemWorkflowPlanner } from './services/ProblemWorkflowPlanner';
import {
  readProblemDetectionSettings,
  readProblemSettings,
} from './services/readProblemSettings';
import { ProblemDetectionTask } from './tasks/ProblemDetectionTask';

/**
 * Problem management (chapter 4), from `itsm.problems`: intake from
 * incidents, analysis, solutions with their approval and change request,
 * known errors, reports, the detection of recurring incidents and the
 * follower that resolves a problem when its fix closes.
 */
export function createProblemModule(
  core: RecordCore,
  deps: { incidents: IncidentModule },
) {
  const { intake, escalation } = deps.incidents;
  let fixes: ProblemFixFollower | undefined;
  const module: ProcessModule = {
    recordTypes: {
      problem: {
        present: presentProblem,
        moves: problemMoveFields,
        intake: problemIntakePlanner(intake),
        transition: new ProblemWorkflowPlanner({
          settings: readProblemSettings(core.config, escalation.leads),
          entities: core.entities,
        }).plan,
        edit: deps.incidents.supportTierEdit,
      },
    },
    // A change request that closes resolves the problem it fixes.
    listeners: notifier => {
      fixes = new ProblemFixFollower({
        store: core.store,
        auditor: core.auditor,
        publisher: core.publisher,
        notifier,
        logger: core.logger,
      });
      return [fixes];
    },
    start: ({ records }) => {
      const { httpAuth, userInfo } = core;
      return {
        routes: [
          r =>
            mountProblemRoutes(r, {
              records,
              problemApprovals: new ApprovalService({
                type: 'problem',
                records,
                userInfo,
              }),
              problemAnalysis: new ProblemAnalysisService({ records }),
              knownErrors: new KnownErrorLookup({ records }),
              problemChangeRequests: new ChangeRequests({
                records,
                auditor: core.auditor,
                type: 'problem',
                rules: problemChangeRequestRules,
              }),
              problemReports: new ProblemReportService({
                records,
                names: new CatalogEntityNames(core),
              }),
              httpAuth,
              userInfo,
            }),
        ],
        tasks: [
          // listeners (which made the follower) ran before start.
          scheduler => fixes!.schedule(scheduler, { minutes: 5 }),
          scheduler =>
            new ProblemDetectionTask({
              store: core.store,
              records,
              credentials: () => core.auth.getOwnServiceCredentials(),
              settings: readProblemDetectionSettings(core.config),
              logger: core.logger,
            }).schedule(scheduler),
        ],
      };
    },
  };
  return { module };
}
