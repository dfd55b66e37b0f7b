import { SchedulerService } from '@backstage/backend-plugin-api';
import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { createSurveyParts } from './createSurveyParts';
import { StoredRecord } from '../core/database/RecordStore';
import { IncidentModule } from '../incidents';
import { improvementRecordTypes } from './improvementRecordTypes';
import { IndicatorReader } from './indicators/IndicatorComputation';
import { mountImprovementRoutes } from './router/improvementRoutes';
import { improvementApprovals } from './services/ImprovementApprovals';
import { ImprovementRegister } from './services/ImprovementRegister';
import { readImprovementSettings } from './services/readImprovementSettings';
import { ImprovementSuggestionTask } from './tasks/ImprovementSuggestionTask';

/**
 * Continual improvement (chapter 10): the indicators and their targets
 * (§10.1), the KPI dashboard's figures (§10.2.1), improvement items
 * (§10.2.2, §10.3) and training sessions (§10.2.3). `indicators` reads the
 * figures an item's baseline, effect and suggestions are taken from;
 * without it items get no baseline and indicators suggest none.
 */
export function createImprovementModule(
  core: RecordCore,
  deps: {
    incidents?: Pick<IncidentModule, 'leadOf'>;
    indicators?: IndicatorReader;
  } = {},
) {
  const settings = readImprovementSettings(core.config);
  const { indicators } = deps;
  const { recordTypes, intake } = improvementRecordTypes({
    permissions: core.permissions,
    entities: core.entities,
    settings,
    indicators,
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
      if (indicators) {
        suggestions = new ImprovementSuggestionTask({
          records,
          indicators,
          credentials: () => core.auth.getOwnServiceCredentials(),
          settings,
          logger: core.logger,
        });
      }
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
                indicators,
              }),
              approvals: improvementApprovals({
                records,
                userInfo: core.userInfo,
                intake,
              }),
            }),
        ],
        tasks: [
          ...surveys.tasks,
          ...(suggestions
            ? [
                (scheduler: SchedulerService) =>
                  suggestions!.schedule(scheduler),
              ]
            : []),
        ],
      };
    },
  };
  return {
    module,
    /** Runs the suggestion of items from missed targets now (tests, demo). */
    suggestNow: async (): Promise<StoredRecord[]> =>
      (await suggestions?.run()) ?? [],
  };
}
