import { ApprovalService } from '../core/services/ApprovalService';
import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { ImpactAnalysisService } from '../cmdb';
import { IncidentModule } from '../incidents';
import { readSlaSettings } from '../sla';
import { CatalogWindowReader } from './catalog/CatalogWindowReader';
import { changeIntakePlanner } from './changeIntakePlanner';
import { presentChange } from './router/changePresenters';
import { changeMoveFields } from './domain/changeMoveFields';
import { planChangeNotifications } from './domain/planChangeNotifications';
import { mountCalendarRoutes } from './router/calendarRoutes';
import { mountChangeRoutes } from './router/changeRoutes';
import { mountGateRoutes } from './router/gateRoutes';
import { redactFeedTokens } from './router/redactFeedTokens';
import { DatabaseCalendarFeedStore } from './database/DatabaseCalendarFeedStore';
import { CalendarFeedService } from './services/CalendarFeedService';
import { ChangeCalendar } from './services/ChangeCalendar';
import { ChangeConflictChecker } from './services/ChangeConflictChecker';
import { ChangeCorrelationService } from './services/ChangeCorrelationService';
import { ChangeStepService } from './services/ChangeStepService';
import { ChangeWorkflowPlanner } from './services/ChangeWorkflowPlanner';
import { checkWindowOnScheduling } from './services/checkChangeWindow';
import { DeploymentGate } from './services/DeploymentGate';
import { MaintenanceWindowReader } from './services/MaintenanceWindowReader';
import { readChangeSettings } from './services/readChangeSettings';

/**
 * Change management (chapter 5), from `itsm.changes`: intake and risk,
 * the workflow with its CAB approvals, conflicts and freezes, the steps,
 * the correlation with incidents, the deployment gate and the calendar
 * with its feeds. Other processes use its settings (approvers, windows),
 * its catalog windows and its maintenance windows.
 */
export function createChangeModule(
  core: RecordCore,
  deps: { impact: ImpactAnalysisService; incidents: IncidentModule },
) {
  const settings = readChangeSettings(core.config);
  const windowReader = new CatalogWindowReader(core.catalog);
  const { windows } = settings;
  const conflicts = new ChangeConflictChecker({
    windows,
    windowReader,
    impact: deps.impact,
    store: core.store,
  });
  const module: ProcessModule = {
    recordTypes: {
      change: {
        present: presentChange,
        moves: changeMoveFields,
        intake: changeIntakePlanner(settings),
        transition: new ChangeWorkflowPlanner({
          settings,
          impact: deps.impact,
          entities: core.entities,
          store: core.store,
          conflicts,
          sla: readSlaSettings(core.config),
        }).plan,
        edit: deps.incidents.supportTierEdit,
        notifications: { plan: planChangeNotifications, path: '/itsm/changes' },
      },
    },
    start: ({ records }) => {
      const { httpAuth, userInfo, auditor } = core;
      const approvals = new ApprovalService({
        type: 'change',
        records,
        userInfo,
        onScheduled: checkWindowOnScheduling(conflicts),
      });
      const steps = new ChangeStepService({ records, userInfo });
      const correlations = new ChangeCorrelationService({
        records,
        auditor,
        correlationMinutes: settings.correlationMinutes,
      });
      const gate = new DeploymentGate({ records, windows, windowReader });
      const calendar = new ChangeCalendar({
        records,
        windows,
        windowReader,
        // Links from calendar apps to change pages.
        portalUrl: core.config.getOptionalString('app.baseUrl') ?? '',
      });
      const feeds = new CalendarFeedService({
        store: new DatabaseCalendarFeedStore(core.knex),
        permissions: core.permissions,
        auditor,
        windowReader,
        feedUrl: async () =>
          `${await core.discovery.getExternalBaseUrl('itsm')}/calendar.ics`,
      });
      return {
        routes: [
          r =>
            mountChangeRoutes(r, {
              records,
              approvals,
              steps,
              correlations,
              changeSettings: settings,
              httpAuth,
              userInfo,
            }),
          r => mountGateRoutes(r, { gate, httpAuth }),
          r =>
            mountCalendarRoutes(r, {
              calendar,
              feeds,
              httpAuth,
              auth: core.auth,
            }),
        ],
        // Calendar subscription tokens are kept out of the request log.
        ahead: [redactFeedTokens],
        // Calendar apps cannot sign in: the route asks for a Backstage
        // token itself unless a subscription's token is given.
        unauthenticatedPaths: ['/calendar.ics'],
      };
    },
  };
  return {
    module,
    settings,
    windowReader,
    conflicts,
    maintenance: new MaintenanceWindowReader({ windows, windowReader }),
  };
}

/** The change process, as the other processes' factories take it. */
export type ChangeModule = ReturnType<typeof createChangeModule>;
