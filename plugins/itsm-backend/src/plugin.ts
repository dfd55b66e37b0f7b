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
import { CatalogEntityLookup } from './core/catalog/EntityLookup';
import { DatabaseRecordStore } from './core/database/DatabaseRecordStore';
import { recordPermissionResourceRef } from './core/permissions/recordPermissionResource';
import { recordPermissionRules } from './core/permissions/rules';
import { loadRecordResources } from './core/permissions/loadRecordResources';
import { createRouter, RouteMounter } from './core/router/createRouter';
import { mountIncidentRoutes } from './incidents/router/incidentsRouter';
import { mountEscalationRoutes } from './incidents/router/escalationRoutes';
import { mountChangeRoutes } from './changes/router/changeRoutes';
import { mountGateRoutes } from './changes/router/gateRoutes';
import { mountCalendarRoutes } from './changes/router/calendarRoutes';
import { redactFeedTokens } from './changes/router/redactFeedTokens';
import { mountReleaseRoutes } from './releases/router/releaseRoutes';
import { mountProblemRoutes } from './problems/router/problemRoutes';
import { mountSlaRoutes } from './sla/router/slaRoutes';
import { mountCmdbRoutes } from './cmdb/router/cmdbRoutes';
import {
  INTAKE_PATHS,
  intakeMiddleware,
  mountIntakeRoutes,
} from './intake/router/intakeRouter';
import { createCmdbServices } from './cmdb/createCmdbServices';
import { AuthorizedRecordService } from './core/services/AuthorizedRecordService';
import { DefaultRecordService } from './core/services/DefaultRecordService';
import { recordIntakePlanners } from './wiring/recordIntakePlanners';
import { recordEditPlanners } from './wiring/recordEditPlanners';
import { RecordChangePublisher } from './core/services/RecordChangePublisher';
import { EntityOwnerSyncTask } from './core/tasks/EntityOwnerSyncTask';
import { IncidentAutoCloseTask } from './incidents/tasks/IncidentAutoCloseTask';
import { SlaBreachScanTask } from './sla/tasks/SlaBreachScanTask';
import { DatabaseSlaClockStore } from './core/database/DatabaseSlaClockStore';
import { readIncidentIntakeSettings } from './incidents/services/readIncidentIntakeSettings';
import { readEscalationSettings } from './incidents/services/readEscalationSettings';
import { ApprovalService } from './core/services/ApprovalService';
import { ChangeWorkflowPlanner } from './changes/services/ChangeWorkflowPlanner';
import { ChangeConflictChecker } from './changes/services/ChangeConflictChecker';
import { checkWindowOnScheduling } from './changes/services/checkChangeWindow';
import { ChangeStepService } from './changes/services/ChangeStepService';
import { DeploymentGate } from './changes/services/DeploymentGate';
import { ChangeCorrelationService } from './changes/services/ChangeCorrelationService';
import { CatalogWindowReader } from './changes/catalog/CatalogWindowReader';
import { readChangeSettings } from './changes/services/readChangeSettings';
import { CiChangeDetectionTask } from './cmdb/tasks/CiChangeDetectionTask';
import { IncidentEscalationService } from './incidents/services/IncidentEscalationService';
import {
  DefaultRecordNotifier,
  notifyAll,
} from './core/services/DefaultRecordNotifier';
import { createIntakeServices } from './intake/createIntakeServices';
import { notificationRules } from './wiring/notificationRules';
import { ChangeCalendar } from './changes/services/ChangeCalendar';
import { readReleaseSettings } from './releases/services/readReleaseSettings';
import { readSlaSettings } from './sla/services/readSlaSettings';
import { SlaClockPlanner } from './sla/services/SlaClockPlanner';
import { SlaClockReader } from './sla/services/SlaClockReader';
import { SlaReportService } from './sla/services/SlaReportService';
import { SlaAgreementService } from './sla/services/SlaAgreementService';
import { DatabaseSlaReviewStore } from './sla/database/DatabaseSlaReviewStore';
import { MaintenanceWindowReader } from './changes/services/MaintenanceWindowReader';
import { ReleaseWorkflowPlanner } from './releases/services/ReleaseWorkflowPlanner';
import { ChangeRequests } from './changes/services/ChangeRequests';
import { ProblemReportService } from './problems/services/ProblemReportService';
import { ProblemFixFollower } from './problems/services/ProblemFixFollower';
import { releaseChangeRequestRules } from './releases/domain/planReleaseChangeRequest';
import { problemChangeRequestRules } from './problems/domain/planProblemChangeRequest';
import { ReleasePackageService } from './releases/services/ReleasePackageService';
import { ProblemWorkflowPlanner } from './problems/services/ProblemWorkflowPlanner';
import { ProblemAnalysisService } from './problems/services/ProblemAnalysisService';
import { KnownErrorLookup } from './problems/services/KnownErrorLookup';
import {
  readProblemDetectionSettings,
  readProblemSettings,
} from './problems/services/readProblemSettings';
import { ProblemDetectionTask } from './problems/tasks/ProblemDetectionTask';
import { registerReleaseActions } from './releases/actions/registerReleaseActions';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { ReleaseScheduler } from './releases/services/ReleaseScheduler';
import { ReleaseIncidentWatch } from './releases/services/ReleaseIncidentWatch';
import { CalendarFeedService } from './changes/services/CalendarFeedService';
import { DatabaseCalendarFeedStore } from './changes/database/DatabaseCalendarFeedStore';

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
          rules: notificationRules(escalationSettings),
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
            editPlanners: recordEditPlanners(intakeSettings),
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
        const services = {
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
            onScheduled: checkWindowOnScheduling(changeConflicts),
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
              `${await deps.discovery.getExternalBaseUrl('itsm')}/calendar.ics`,
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
        };
        const { intake } = services;
        const mounts: RouteMounter[] = [
          r => mountIncidentRoutes(r, services),
          r => mountEscalationRoutes(r, services),
          r => mountChangeRoutes(r, services),
          r => mountReleaseRoutes(r, services),
          r => mountProblemRoutes(r, services),
          r => mountGateRoutes(r, services),
          r => mountSlaRoutes(r, services),
          r => mountCalendarRoutes(r, services),
          r => mountCmdbRoutes(r, services),
          r => mountIntakeRoutes(r, { ...intake, httpAuth: deps.httpAuth }),
        ];
        deps.httpRouter.use(
          await createRouter({
            routes: mounts,
            ahead: [redactFeedTokens, intakeMiddleware(deps.httpAuth)],
            nulTolerantPaths: INTAKE_PATHS,
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
