import { SchedulerService } from '@backstage/backend-plugin-api';
import { CatalogEntityNames } from '../core/catalog/CatalogEntityNames';
import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { StoredRecord } from '../core/database/RecordStore';
import { IncidentModule } from '../incidents';
import { createSurveyParts } from './createSurveyParts';
import { DatabasePeriodicReportStore } from './database/DatabasePeriodicReportStore';
import { KpiSnapshotStore } from './database/KpiSnapshotStore';
import { improvementRecordTypes } from './improvementRecordTypes';
import { IndicatorReader } from './indicators/IndicatorComputation';
import { allIndicatorComputations } from './indicators/indicatorComputations';
import { mountImprovementRoutes } from './router/improvementRoutes';
import { mountKpiRoutes } from './router/kpiRoutes';
import { improvementApprovals } from './services/ImprovementApprovals';
import { ImprovementRegister } from './services/ImprovementRegister';
import { IndicatorService } from './services/IndicatorService';
import { IndicatorTargets } from './services/IndicatorTargets';
import {
  PeriodicReportService,
  ReportSources,
} from './services/PeriodicReportService';
import { readImprovementSettings } from './services/readImprovementSettings';
import {
  readFigureCacheMs,
  readIndicatorTargetSettings,
} from './services/readIndicatorTargetSettings';
import { readReportSettings } from './services/readReportSettings';
import { serviceLevelSource } from './services/serviceLevelSource';
import { TrainingPlanService } from './services/TrainingPlanService';
import { DemoHistoryTask } from './tasks/DemoHistoryTask';
import { ImprovementSuggestionTask } from './tasks/ImprovementSuggestionTask';
import { KpiSnapshotTask } from './tasks/KpiSnapshotTask';
import { MonthlyReportTask } from './tasks/MonthlyReportTask';

/**
 * Continual improvement (chapter 10): the indicators and their targets
 * (§10.1), the KPI dashboard's figures (§10.2.1), improvement items
 * (§10.2.2, §10.3), training sessions (§10.2.3), satisfaction surveys
 * (§2.3.5) and the monthly reports (§2.1.2(5), §6.3.3, §8.3). The module's
 * `indicators` compute the figures; an item's baseline, effect and
 * suggestions and the reports read them through `deps.indicators` when
 * given (tests give a fake), else through the module's own. `sources` are
 * the other processes' figures a report reads, where they run.
 */
export function createImprovementModule(
  core: RecordCore,
  deps: {
    incidents?: Pick<IncidentModule, 'leadOf'>;
    indicators?: IndicatorReader;
    sources?: ReportSources;
  } = {},
) {
  const settings = readImprovementSettings(core.config);
  const targets = new IndicatorTargets({
    configured: readIndicatorTargetSettings(core.config),
    catalog: core.catalog,
    auth: core.auth,
    logger: core.logger,
  });
  const snapshots = new KpiSnapshotStore(core.knex);
  const indicators = new IndicatorService({
    db: core.knex,
    targets,
    snapshots,
    cacheMs: readFigureCacheMs(core.config),
    // The trained share reads group members from the catalog, as the
    // plugin itself.
    computations: allIndicatorComputations({
      groupMembers: async group =>
        core.entities.groupMembers(group, {
          credentials: await core.auth.getOwnServiceCredentials(),
        }),
    }),
  });
  const reader = deps.indicators ?? indicators;
  const { recordTypes, intake } = improvementRecordTypes({
    permissions: core.permissions,
    entities: core.entities,
    settings,
    indicators: reader,
    logger: core.logger,
    leadOf: async (group, ctx) =>
      deps.incidents
        ? deps.incidents.leadOf(group)
        : core.entities.groupLead(group, { credentials: ctx.credentials }),
  });
  const reportSettings = readReportSettings(core.config);
  let suggestions: ImprovementSuggestionTask | undefined;
  const module: ProcessModule = {
    recordTypes,
    start: ({ records }) => {
      const surveys = createSurveyParts(core, records);
      const suggestionTask = new ImprovementSuggestionTask({
        records,
        indicators: reader,
        credentials: () => core.auth.getOwnServiceCredentials(),
        settings,
        logger: core.logger,
      });
      suggestions = suggestionTask;
      const reports = new PeriodicReportService({
        db: core.knex,
        store: new DatabasePeriodicReportStore(core.knex),
        sources: {
          indicators: reader,
          serviceLevels: serviceLevelSource(core.knex, core.config),
          ...deps.sources,
        },
        intake,
        entities: core.entities,
        names: new CatalogEntityNames(core),
        auditor: core.auditor,
        notifications: core.notifications,
        logger: core.logger,
        recipients: reportSettings.recipients,
      });
      return {
        routes: [
          ...surveys.routes,
          r =>
            mountImprovementRoutes(r, {
              records,
              httpAuth: core.httpAuth,
              userInfo: core.userInfo,
              register: new ImprovementRegister({
                records,
                settings,
                indicators: reader,
              }),
              approvals: improvementApprovals({
                records,
                userInfo: core.userInfo,
                intake,
              }),
              plans: new TrainingPlanService({
                records,
                entities: core.entities,
              }),
              reports,
            }),
          r =>
            mountKpiRoutes(r, { indicators, records, httpAuth: core.httpAuth }),
        ],
        tasks: [
          ...surveys.tasks,
          (scheduler: SchedulerService) => suggestionTask.schedule(scheduler),
          (scheduler: SchedulerService) =>
            new KpiSnapshotTask({
              db: core.knex,
              indicators,
              targets,
              snapshots,
              logger: core.logger,
            }).schedule(scheduler),
          (scheduler: SchedulerService) =>
            new MonthlyReportTask({ reports, logger: core.logger }).schedule(
              scheduler,
              reportSettings.frequency,
            ),
          ...(core.config.getOptionalBoolean('itsm.improvement.demoHistory')
            ? [
                (scheduler: SchedulerService) =>
                  new DemoHistoryTask(core).schedule(scheduler),
              ]
            : []),
        ],
      };
    },
  };
  return {
    module,
    indicators,
    /** Runs the suggestion of items from missed targets now (tests, demo). */
    suggestNow: async (): Promise<StoredRecord[]> =>
      (await suggestions?.run()) ?? [],
  };
}
