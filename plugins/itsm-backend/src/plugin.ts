import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { createChangeModule } from './changes';
import { createCmdbModule } from './cmdb';
import { createContinuityModule } from './continuity';
import { createImprovementModule } from './improvement';
import { pluginServiceRefs } from './core/modules/pluginServiceRefs';
import { createRecordCore } from './core/modules/createRecordCore';
import { startProcesses } from './core/modules/startProcesses';
import { createIncidentModule } from './incidents';
import { createIntakeModule } from './intake';
import { createProblemModule } from './problems';
import { createReleaseModule } from './releases';
import { createSlaModule } from './sla';

/**
 * The ITSM backend plugin, mounted at `/api/itsm`: the record core with
 * the processes of the standard registered on it, one module each (see
 * docs/architecture.md, "The map").
 *
 * @public
 */
export const itsmPlugin = createBackendPlugin({
  pluginId: 'itsm',
  register(env) {
    env.registerInit({
      deps: pluginServiceRefs,
      async init(services) {
        const core = await createRecordCore(services);
        const cmdb = await createCmdbModule(core);
        const incidents = createIncidentModule(core);
        const changes = createChangeModule(core, {
          impact: cmdb.impact,
          incidents,
        });
        const sla = createSlaModule(core, {
          maintenance: changes.maintenance,
          incidents,
        });
        const releases = createReleaseModule(core, { changes, incidents });
        const problems = createProblemModule(core, { incidents });
        const intake = createIntakeModule(core);
        const continuity = createContinuityModule(core, {
          impact: cmdb.impact,
          changes,
        });
        const improvement = createImprovementModule(core, {
          incidents,
          sources: { configurationStatus: cmdb.statusReport },
        });
        // Routes are matched in this order.
        await startProcesses(core, [
          incidents.module,
          changes.module,
          releases.module,
          problems.module,
          sla.module,
          cmdb.module,
          continuity.module,
          improvement.module,
          intake.module,
        ]);
      },
    });
  },
});
