import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { itsmPermissions } from '@backstage-itsm/plugin-itsm-common';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { CatalogEntityLookup } from './catalog/EntityLookup';
import { DatabaseRecordStore } from './database/DatabaseRecordStore';
import { recordPermissionResourceRef } from './permissions/recordPermissionResource';
import { recordPermissionRules } from './permissions/rules';
import { loadRecordResources } from './permissions/loadRecordResources';
import { createRouter } from './router/createRouter';
import { createCmdbServices } from './wiring/createCmdbServices';
import { AuthorizedRecordService } from './services/AuthorizedRecordService';
import { DefaultRecordService } from './services/DefaultRecordService';
import { recordIntakePlanners } from './services/recordIntakePlanners';
import { RecordChangePublisher } from './services/RecordChangePublisher';
import { EntityOwnerSyncTask } from './scheduler/EntityOwnerSyncTask';
import { IncidentAutoCloseTask } from './scheduler/IncidentAutoCloseTask';
import { SlaBreachScanTask } from './scheduler/SlaBreachScanTask';
import { DatabaseSlaClockStore } from './database/DatabaseSlaClockStore';
import { readIncidentIntakeSettings } from './services/readIncidentIntakeSettings';
import { readEscalationSettings } from './services/readEscalationSettings';
import { ApprovalService } from './services/ApprovalService';
import { ChangeWorkflowPlanner } from './services/ChangeWorkflowPlanner';
import { ChangeConflictChecker } from './services/ChangeConflictChecker';
import { ChangeStepService } from './services/ChangeStepService';
import { DeploymentGate } from './services/DeploymentGate';
import { ChangeCorrelationService } from './services/ChangeCorrelationService';
import { CatalogWindowReader } from './catalog/CatalogWindowReader';
import { readChangeSettings } from './services/readChangeSettings';
import { CiChangeDetectionTask } from './scheduler/CiChangeDetectionTask';
import { IncidentEscalationService } from './services/IncidentEscalationService';
import {
  DefaultRecordNotifier,
  notifyAll,
} from './services/DefaultRecordNotifier';
import { createIntakeServices } from './intake/createIntakeServices';
import { ChangeCalendar } from './services/ChangeCalendar';
import { readReleaseSettings } from './services/readReleaseSettings';
import { readSlaSettings } from './services/readSlaSettings';
import { SlaClockPlanner } from './services/SlaClockPlanner';
import { SlaClockReader } from './services/SlaClockReader';
import { SlaReportService } from './services/SlaReportService';
import { SlaAgreementService } from './services/SlaAgreementService';
import { DatabaseSlaReviewStore } from './database/DatabaseSlaReviewStore';
import { MaintenanceWindowReader } from './services/MaintenanceWindowReader';
import { ReleaseWorkflowPlanner } from './services/ReleaseWorkflowPlanner';
import { ChangeRequests } from './services/ChangeRequests';
import { ProblemReportService } from './services/ProblemReportService';
import { ProblemFixFollower } from './services/ProblemFixFollower';
import { releaseChangeRequestRules } from './domain/planReleaseChangeRequest';
import { problemChangeRequestRules } from './domain/planProblemChangeRequest';
import { ReleasePackageService } from './services/ReleasePackageService';
import { ProblemWorkflowPlanner } from './services/ProblemWorkflowPlanner';
import { ProblemAnalysisService } from './services/ProblemAnalysisService';
import { KnownErrorLookup } from './services/KnownErrorLookup';
import {
  readProblemDetectionSettings,
  readProblemSettings,
} from './services/readProblemSettings';
import { ProblemDetectionTask } from './scheduler/ProblemDetectionTask';
import { registerReleaseActions } from './actions/registerReleaseActions';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { ReleaseScheduler } from './services/ReleaseScheduler';
import { ReleaseIncidentWatch } from './services/ReleaseIncidentWatch';
import { CalendarFeedService } from './services/CalendarFeedService';
import { DatabaseCalendarFeedStore } from './database/DatabaseCalendarFeedStore';

/**
 * The ITSM backend plugin, mounted at `/api/itsm`.
 *
 * @public
 */
export const itsmPlugin = createBackendPlugin({
  pluginId: 'itsm',
  register(env) {
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        actionsRegistry: actionsRegistryServiceRef,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        signals: signalsServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const knex = await deps.database.getClient();
        const store = await DatabaseRecordStore.create({
          knex,
          skipMigrations: deps.database.migrations?.skip,
        });

        deps.permissionsRegistry.addResourceType({
          resourceRef: recordPermissionResourceRef,
          permissions: itsmPermissions.filter(p => isResourcePermission(p)),
          rules: Object.values(recordPermissionRules),
          getResources: ids => loadRecordResources(store, ids),
        });
        deps.permissionsRegistry.addPermissions(
          itsmPermissions.filter(p => !isResourcePermission(p)),
        );

        const entities = new CatalogEntityLookup(deps.catalog);
        const publisher = new RecordChangePublisher(deps.signals, deps.logger);
        const intakeSettings = readIncidentIntakeSettings(deps.config);
        const escalationSettings = readEscalationSettings(deps.config);
        const cmdb = await createCmdbServices({
          knex,
          config: deps.config,
          catalog: deps.catalog,
          records: store,
          auth: deps.auth,
          permissions: deps.permissions,
          notifications: deps.notifications,
          logger: deps.logger,
        });
        const changeSettings = readChangeSettings(deps.config);
        const slaSettings = readSlaSettings(deps.config);
        const slaClockStore = new DatabaseSlaClockStore(knex);
        const windowReader = new CatalogWindowReader(deps.catalog);
        const slaClocks = new SlaClockPlanner(
          slaSettings,
          new MaintenanceWindowReader({
            windows: changeSettings.windows,
            windowReader,
          }),
        );
        const problemDetection = readProblemDetectionSettings(deps.config);
        const notifier = new DefaultRecordNotifier({
          notifications: deps.notifications,
          logger: deps.logger,
          managementRecipients: escalationSettings.managementRecipients,
        });
        // A change request that closes resolves the problem it fixes.
        const problemFixes = new ProblemFixFollower({
          store,
          auditor: deps.auditor,
          publisher,
          notifier,
          logger: deps.logger,
        });
        const { impact } = cmdb;
        const changeConflicts = new ChangeConflictChecker({
          windows: changeSettings.windows,
          windowReader,
          impact,
          store,
        });
        const records = new AuthorizedRecordService(
          new DefaultRecordService({
            store,
            entities,
            auditor: deps.auditor,
            publisher,
            notifier: notifyAll(notifier, problemFixes),
            incidentIntake: intakeSettings,
            intakePlanners: recordIntakePlanners({
              entities,
              incidents: intakeSettings,
              changes: changeSettings,
              releases: readReleaseSettings(deps.config, changeSettings),
            }),
            slaClocks,
            transitionPlanners: {
              change: new ChangeWorkflowPlanner({
                settings: changeSettings,
                impact,
                entities,
                store,
                conflicts: changeConflicts,
                sla: slaSettings,
              }).plan,
              problem: new ProblemWorkflowPlanner({
                settings: readProblemSettings(
                  deps.config,
                  escalationSettings.leads,
                ),
                entities,
              }).plan,
              release: new ReleaseWorkflowPlanner({
                approvers: changeSettings,
                entities,
                store,
              }).plan,
            },
          }),
          deps.permissions,
          createConditionTransformer(
            deps.permissionsRegistry.getPermissionRuleset(
              recordPermissionResourceRef,
            ),
          ),
        );

        const releasePackages = new ReleasePackageService({
          records,
          approvers: changeSettings,
          entities,
        });
        registerReleaseActions(deps.actionsRegistry, {
          records,
          packages: releasePackages,
        });

        const slaReports = new SlaReportService({
          records,
          clocks: slaClockStore,
          settings: slaSettings,
        });
        deps.httpRouter.use(
          await createRouter({
            records,
            escalations: new IncidentEscalationService({
              records,
              entities,
              settings: {
                serviceDeskGroup: intakeSettings.serviceDeskGroup,
                leads: escalationSettings.leads,
              },
            }),
            impact,
            approvals: new ApprovalService({
              type: 'change',
              records,
              userInfo: deps.userInfo,
              conflicts: changeConflicts,
            }),
            releaseApprovals: new ApprovalService({
              type: 'release',
              records,
              userInfo: deps.userInfo,
            }),
            problemApprovals: new ApprovalService({
              type: 'problem',
              records,
              userInfo: deps.userInfo,
            }),
            problemAnalysis: new ProblemAnalysisService({ records }),
            knownErrors: new KnownErrorLookup({ records }),
            releasePackages,
            releaseChangeRequests: new ChangeRequests({
              records,
              auditor: deps.auditor,
              type: 'release',
              rules: releaseChangeRequestRules,
            }),
            problemChangeRequests: new ChangeRequests({
              records,
              auditor: deps.auditor,
              type: 'problem',
              rules: problemChangeRequestRules,
            }),
            problemReports: new ProblemReportService({ records }),
            slaReports,
            slaAgreements: new SlaAgreementService({
              entities,
              settings: slaSettings,
              reviews: new DatabaseSlaReviewStore(knex),
              reports: slaReports,
              permissions: deps.permissions,
              auditor: deps.auditor,
            }),
            slaClocks: new SlaClockReader({
              records,
              store,
              settings: slaSettings,
            }),
            releaseIncidents: new ReleaseIncidentWatch({ records }),
            releaseScheduler: new ReleaseScheduler({
              records,
              windows: changeSettings.windows,
              windowReader,
            }),
            steps: new ChangeStepService({ records, userInfo: deps.userInfo }),
            correlations: new ChangeCorrelationService({
              records,
              auditor: deps.auditor,
              correlationMinutes: changeSettings.correlationMinutes,
            }),
            gate: new DeploymentGate({
              records,
              windows: changeSettings.windows,
              windowReader,
            }),
            changeSettings,
            calendar: new ChangeCalendar({
              records,
              windows: changeSettings.windows,
              windowReader,
              // Links from calendar apps to change pages.
              portalUrl: deps.config.getOptionalString('app.baseUrl') ?? '',
            }),
            feeds: new CalendarFeedService({
              store: new DatabaseCalendarFeedStore(knex),
              permissions: deps.permissions,
              auditor: deps.auditor,
              windowReader,
              feedUrl: async () =>
                `${await deps.discovery.getExternalBaseUrl(
                  'itsm',
                )}/calendar.ics`,
            }),
            cmdb: cmdb.cmdb,
            httpAuth: deps.httpAuth,
            auth: deps.auth,
            userInfo: deps.userInfo,
            intake: createIntakeServices({
              knex,
              records,
              catalog: deps.catalog,
              config: deps.config,
            }),
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
        // Calendar apps cannot sign in: the route asks for a Backstage token
        // itself unless a subscription's token is given.
        deps.httpRouter.addAuthPolicy({
          path: '/calendar.ics',
          allow: 'unauthenticated',
        });

        await new EntityOwnerSyncTask({
          store,
          entities,
          auth: deps.auth,
          logger: deps.logger,
        }).schedule(
          deps.scheduler,
          deps.config.has('itsm.entityOwnerSync.frequency')
            ? readDurationFromConfig(deps.config, {
                key: 'itsm.entityOwnerSync.frequency',
              })
            : { minutes: 10 },
        );

        await new CiChangeDetectionTask({
          history: cmdb.history,
          logger: deps.logger,
        }).schedule(deps.scheduler, cmdb.settings.historyFrequency);

        await new IncidentAutoCloseTask({
          store,
          auditor: deps.auditor,
          publisher,
          logger: deps.logger,
          after: deps.config.has('itsm.incidents.autoCloseAfter')
            ? readDurationFromConfig(deps.config, {
                key: 'itsm.incidents.autoCloseAfter',
              })
            : { days: 5 },
        }).schedule(deps.scheduler, { minutes: 15 });

        await problemFixes.schedule(deps.scheduler, { minutes: 5 });
        await new ProblemDetectionTask({
          store,
          records,
          credentials: () => deps.auth.getOwnServiceCredentials(),
          settings: problemDetection,
          logger: deps.logger,
        }).schedule(deps.scheduler);

        await new SlaBreachScanTask({
          clocks: slaClockStore,
          store,
          planner: slaClocks,
          publisher,
          notifier,
          logger: deps.logger,
          escalation: slaSettings.onBreach,
          serviceDeskGroup: intakeSettings.serviceDeskGroup,
          leadOf: async group =>
            escalationSettings.leads[group] ??
            entities.groupLead(group, {
              credentials: await deps.auth.getOwnServiceCredentials(),
            }),
        }).schedule(
          deps.scheduler,
          slaSettings.scanFrequency ?? { minutes: 1 },
        );
      },
    });
  },
});
