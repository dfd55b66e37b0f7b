import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessParts } from '../core/modules/ProcessModule';
import { RecordService } from '../core/services/RecordService';
import { DatabaseSurveyStore } from './database/DatabaseSurveyStore';
import { mountSurveyRoutes } from './router/surveyRoutes';
import { readSurveySettings } from './services/readSurveySettings';
import { SurveyService } from './services/SurveyService';
import { SurveyInvitationTask } from './tasks/SurveyInvitationTask';

/**
 * The satisfaction surveys (§2.3.5) of continual improvement: their routes
 * and the task that sends them, on the running record core.
 */
export function createSurveyParts(
  core: RecordCore,
  records: RecordService,
): Required<Pick<ProcessParts, 'routes' | 'tasks'>> {
  const settings = readSurveySettings(core.config);
  const store = new DatabaseSurveyStore(core.knex);
  const surveys = new SurveyService({
    store,
    settings,
    records,
    permissions: core.permissions,
    auditor: core.auditor,
    auth: core.auth,
    notifications: core.notifications,
    logger: core.logger,
  });
  return {
    routes: [r => mountSurveyRoutes(r, { surveys, httpAuth: core.httpAuth })],
    tasks: [
      scheduler =>
        new SurveyInvitationTask({
          store,
          settings,
          catalog: core.catalog,
          auth: core.auth,
          notifications: core.notifications,
          logger: core.logger,
        }).schedule(scheduler),
    ],
  };
}
