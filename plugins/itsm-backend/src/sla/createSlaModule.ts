import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { IncidentModule } from '../incidents';
import { DatabaseSlaReviewStore } from './database/DatabaseSlaReviewStore';
import { SlaReportStore } from './database/SlaReportStore';
import { mountSlaRoutes } from './router/slaRoutes';
import {
  MaintenanceWindows,
  SlaClockPlanner,
} from './services/SlaClockPlanner';
import { readSlaSettings } from './services/readSlaSettings';
import { SlaAgreementService } from './services/SlaAgreementService';
import { SlaClockReader } from './services/SlaClockReader';
import { SlaReportService } from './services/SlaReportService';
import { SlaBreachScanTask } from './tasks/SlaBreachScanTask';

/**
 * Service level management (chapter 8), from `itsm.sla`: the clocks
 * incidents carry, the breach scan and its escalation, the report, an
 * entity's agreement and its reviews.
 */
export function createSlaModule(
  core: RecordCore,
  deps: {
    /** The maintenance windows clocks stand in (the change process's). */
    maintenance: MaintenanceWindows;
    incidents: IncidentModule;
  },
) {
  const settings = readSlaSettings(core.config);
  const planner = new SlaClockPlanner(settings, deps.maintenance);
  const module: ProcessModule = {
    slaClocks: planner,
    start: ({ records, notifier }) => {
      const reports = new SlaReportService({
        records,
        store: new SlaReportStore(core.knex),
        settings,
      });
      const agreements = new SlaAgreementService({
        entities: core.entities,
        settings,
        reviews: new DatabaseSlaReviewStore(core.knex),
        reports,
        permissions: core.permissions,
        auditor: core.auditor,
      });
      const clocks = new SlaClockReader({
        records,
        store: core.store,
        settings,
      });
      return {
        routes: [
          r =>
            mountSlaRoutes(r, {
              slaReports: reports,
              slaAgreements: agreements,
              slaClocks: clocks,
              httpAuth: core.httpAuth,
              userInfo: core.userInfo,
            }),
        ],
        tasks: [
          scheduler =>
            new SlaBreachScanTask({
              clocks: core.clocks,
              store: core.store,
              planner,
              publisher: core.publisher,
              notifier,
              logger: core.logger,
              escalation: settings.onBreach,
              serviceDeskGroup: deps.incidents.intake.serviceDeskGroup,
              leadOf: deps.incidents.leadOf,
            }).schedule(scheduler, settings.scanFrequency ?? { minutes: 1 }),
        ],
      };
    },
  };
  return { module };
}
