import { ApprovalService } from '../core/services/ApprovalService';
import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { ChangeModule, ChangeRequests } from '../changes';
import { IncidentModule } from '../incidents';
import { registerReleaseActions } from './actions/registerReleaseActions';
import { releaseMoveFields } from './domain/releaseMoveFields';
import { releaseChangeRequestRules } from './domain/planReleaseChangeRequest';
import { releaseIntakePlanner } from './releaseIntakePlanner';
import { mountReleaseRoutes } from './router/releaseRoutes';
import { presentRelease } from './router/releasePresenters';
import { readReleaseSettings } from './services/readReleaseSettings';
import { ReleaseIncidentWatch } from './services/ReleaseIncidentWatch';
import { ReleasePackageService } from './services/ReleasePackageService';
import { ReleaseScheduler } from './services/ReleaseScheduler';
import { ReleaseWorkflowPlanner } from './services/ReleaseWorkflowPlanner';

/**
 * Release management (chapter 7), from `itsm.releases`: intake and
 * versions, the package, approval, phases and rollout, scheduling in the
 * change windows, the change request and the incidents a release brings,
 * and the actions an agent can call.
 */
export function createReleaseModule(
  core: RecordCore,
  deps: { changes: ChangeModule; incidents: IncidentModule },
) {
  const approvers = deps.changes.settings;
  const settings = readReleaseSettings(core.config, approvers);
  const module: ProcessModule = {
    recordTypes: {
      release: {
        present: presentRelease,
        moves: releaseMoveFields,
        intake: releaseIntakePlanner(settings),
        transition: new ReleaseWorkflowPlanner({
          approvers,
          entities: core.entities,
          store: core.store,
        }).plan,
        edit: deps.incidents.supportTierEdit,
      },
    },
    start: ({ records }) => {
      const { httpAuth, userInfo } = core;
      const packages = new ReleasePackageService({
        records,
        approvers,
        entities: core.entities,
      });
      registerReleaseActions(core.actionsRegistry, { records, packages });
      return {
        routes: [
          r =>
            mountReleaseRoutes(r, {
              records,
              releaseApprovals: new ApprovalService({
                type: 'release',
                records,
                userInfo,
              }),
              releasePackages: packages,
              releaseChangeRequests: new ChangeRequests({
                records,
                auditor: core.auditor,
                type: 'release',
                rules: releaseChangeRequestRules,
              }),
              releaseScheduler: new ReleaseScheduler({
                records,
                windows: approvers.windows,
                windowReader: deps.changes.windowReader,
              }),
              releaseIncidents: new ReleaseIncidentWatch({ records }),
              httpAuth,
              userInfo,
            }),
        ],
      };
    },
  };
  return { module };
}
