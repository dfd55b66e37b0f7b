import { ImpactAnalysisService } from '../cmdb';
import { readSlaSettings } from '../sla';
import { ApprovalService } from '../core/services/ApprovalService';
import { CatalogEntityNames } from '../core/catalog/CatalogEntityNames';
import { RecordCore } from '../core/modules/createRecordCore';
import { ImpactAnalysisFacts } from './services/ImpactAnalysisFacts';
import { readContinuitySettings } from './services/readContinuitySettings';
import { RecoveryObjectivesService } from './services/RecoveryObjectivesService';
import { ImpactAnalysisReviewTask } from './tasks/ImpactAnalysisReviewTask';
import { ProcessModule } from '../core/modules/ProcessModule';
import { continuityRecordTypes } from './continuityRecordTypes';
import { DatabaseRiskReportStore } from './database/DatabaseRiskReportStore';
import { mountContinuityRoutes } from './router/continuityRoutes';
import { mountRiskRoutes } from './router/riskRoutes';
import { planApprovedVersion } from './domain/planContinuityPlanApproval';
import { mountContinuityPlanRoutes } from './router/continuityPlanRoutes';
import { ContinuityPlanService } from './services/ContinuityPlanService';
import { mountContinuitySummaryRoutes } from './router/continuitySummaryRoutes';
import { ContinuitySummaryService } from './services/ContinuitySummaryService';
import { OverdueMeasureReminderTask } from './tasks/OverdueMeasureReminderTask';
import { readRiskSettings } from './services/readRiskSettings';
import { RiskRegisterService } from './services/RiskRegisterService';
import { RiskReminderTask } from './tasks/RiskReminderTask';
import { ContinuityDemoTask } from './tasks/ContinuityDemoTask';
import { SchedulerService } from '@backstage/backend-plugin-api';
import { ChangeModule } from '../changes';
import { ContinuityInvocations } from './services/ContinuityInvocations';
import { ExercisePlanning } from './services/ExercisePlanning';
import { ExerciseRuns } from './services/ExerciseRuns';

/**
 * IT service continuity (chapter 9): risks (§9.1), business impact
 * analyses (§9.1.3), continuity plans (§9.2) and exercises (§9.3), each a
 * record of the core with its own workflow.
 */
export function createContinuityModule(
  core: RecordCore,
  deps: { impact: ImpactAnalysisService; changes: ChangeModule },
) {
  const settings = readContinuitySettings(core.config);
  const sla = readSlaSettings(core.config);
  const riskSettings = readRiskSettings(core.config);
  const { recordTypes, intake, analyses } = continuityRecordTypes({
    permissions: core.permissions,
    entities: core.entities,
    store: core.store,
    settings,
    rating: riskSettings,
  });
  const riskReports = new DatabaseRiskReportStore(core.knex);
  const module: ProcessModule = {
    recordTypes,
    start: ({ records, notifier }) => {
      const objectives = new RecoveryObjectivesService({
        records,
        catalog: core.catalog,
        db: core.knex,
        sla,
        settings,
        index: deps.impact,
      });
      return {
        routes: [
          r =>
            mountRiskRoutes(r, {
              register: new RiskRegisterService({
                records,
                entities: core.entities,
                names: new CatalogEntityNames(core),
                reports: riskReports,
                settings: riskSettings,
                permissions: core.permissions,
                userInfo: core.userInfo,
                auditor: core.auditor,
                notifications: core.notifications,
                logger: core.logger,
              }),
              httpAuth: core.httpAuth,
            }),
          r =>
            mountContinuityRoutes(r, {
              records,
              httpAuth: core.httpAuth,
              userInfo: core.userInfo,
              analyses: {
                facts: new ImpactAnalysisFacts({
                  records,
                  entities: core.entities,
                  impact: deps.impact,
                  sla,
                  db: core.knex,
                }),
                objectives,
                approvals: new ApprovalService({
                  type: 'impact-analysis',
                  records,
                  userInfo: core.userInfo,
                  onApproved: analyses.onApproved,
                }),
              },
              planning: new ExercisePlanning({
                records,
                intake,
                conflicts: deps.changes.conflicts,
              }),
              runs: new ExerciseRuns({ records, auditor: core.auditor }),
              invocations: new ContinuityInvocations({
                records,
                auditor: core.auditor,
                entities: core.entities,
              }),
            }),
          r =>
            mountContinuityPlanRoutes(r, {
              records,
              plans: new ContinuityPlanService({
                records,
                entities: core.entities,
                userInfo: core.userInfo,
              }),
              planApprovals: new ApprovalService({
                type: 'continuity-plan',
                records,
                userInfo: core.userInfo,
                onApproved: planApprovedVersion,
              }),
              httpAuth: core.httpAuth,
              userInfo: core.userInfo,
            }),
          r =>
            mountContinuitySummaryRoutes(r, {
              httpAuth: core.httpAuth,
              summaries: new ContinuitySummaryService({ records, objectives }),
            }),
        ],
        tasks: [
          scheduler =>
            new OverdueMeasureReminderTask({
              store: core.store,
              records,
              credentials: () => core.auth.getOwnServiceCredentials(),
              logger: core.logger,
            }).schedule(scheduler),
          scheduler =>
            new ImpactAnalysisReviewTask({
              db: core.knex,
              store: core.store,
              notifier,
              auditor: core.auditor,
              publisher: core.publisher,
              logger: core.logger,
            }).schedule(scheduler),
          ...(core.config.getOptionalBoolean('itsm.continuity.demoData')
            ? [
                (scheduler: SchedulerService) =>
                  new ContinuityDemoTask({
                    db: core.knex,
                    store: core.store,
                    catalog: core.catalog,
                    auth: core.auth,
                    auditor: core.auditor,
                    publisher: core.publisher,
                    logger: core.logger,
                    settings,
                    rating: riskSettings,
                    conflicts: deps.changes.conflicts,
                  }).schedule(scheduler),
              ]
            : []),
          scheduler =>
            new RiskReminderTask({
              store: core.store,
              reminders: riskReports,
              notifications: core.notifications,
              logger: core.logger,
            }).schedule(scheduler, riskSettings.reminderFrequency),
        ],
      };
    },
  };
  return { module };
}
