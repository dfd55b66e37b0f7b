import { SchedulerService } from '@backstage/backend-plugin-api';
import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { StoredRecord } from '../core/database/RecordStore';
import { IncidentModule } from '../incidents';
import { createSurveyParts } from './createSurveyParts';
import { KpiSnapshotStore } from './database/KpiSnapshotStore';
import { improvementRecordTypes } from './improvementRecordTypes';
import { IndicatorReader } from './indicators/IndicatorComputation';
import { mountImprovementRoutes } from './router/improvementRoutes';
import { mountKpiRoutes } from './router/kpiRoutes';
import { improvementApprovals } from './services/ImprovementApprovals';
import { ImprovementRegister } from './services/ImprovementRegister';
import { IndicatorService } from './services/IndicatorService';
import { IndicatorTargets } from './services/IndicatorTargets';
import { readImprovementSettings } from './services/readImprovementSettings';
import {
  readFigureCacheMs,
  readIndicatorTargetSettings,
} from './services/readIndicatorTargetSettings';
import { ImprovementSuggestionTask } from './tasks/ImprovementSuggestionTask';
import { DemoHistoryTask } from './tasks/DemoHistoryTask';
import { KpiSnapshotTask } from './tasks/KpiSnapshotTask';

/**
 * Continual improvement (chapter 10): the indicators and their targets
 * (§10.1), the KPI dashboard's figures (§10.2.1), improvement items
 * (§10.2.2, §10.3), training sessions (§10.2.3) and satisfaction surveys
 * (§2.3.5). The module's `indicators` compute the figures; an item's
 * baseline, effect and suggestions read them through `deps.indicators`
 * when given (tests give a fake), else through the module's own.
 */
export function createImprovementModule(
  core: RecordCore,
  deps: {
    incidents?: Pick<IncidentModule, 'leadOf'>;
    indicators?: IndicatorReader;
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
  let suggestions: ImprovementSuggestionTask | undefined;
  const module: ProcessModule = {
    recordTypes,
    start: ({ records }) => {
      const surveys = createSurveyParts(core, records);
      suggestions = new ImprovementSuggestionTask({
        records,
        indicators: reader,
        credentials: () => core.auth.getOwnServiceCredentials(),
        settings,
        logger: core.logger,
      });
      const suggestionTask = suggestions;
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
