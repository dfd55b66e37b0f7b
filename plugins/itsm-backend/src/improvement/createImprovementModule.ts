import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { createSurveyParts } from './createSurveyParts';
import { improvementRecordTypes } from './improvementRecordTypes';
import { mountImprovementRoutes } from './router/improvementRoutes';

/**
 * Continual improvement (chapter 10): the indicators and their targets
 * (§10.1), the KPI dashboard's figures (§10.2.1), improvement items
 * (§10.2.2, §10.3) and training sessions (§10.2.3).
 */
export function createImprovementModule(core: RecordCore) {
  const { recordTypes } = improvementRecordTypes({
    permissions: core.permissions,
    entities: core.entities,
  });
  const module: ProcessModule = {
    recordTypes,
    start: ({ records }) => {
      const surveys = createSurveyParts(core, records);
      return {
        routes: [
          ...surveys.routes,
          r =>
            mountImprovementRoutes(r, {
              records,
              httpAuth: core.httpAuth,
              userInfo: core.userInfo,
            }),
        ],
        tasks: [...surveys.tasks],
      };
    },
  };
  return { module };
}
