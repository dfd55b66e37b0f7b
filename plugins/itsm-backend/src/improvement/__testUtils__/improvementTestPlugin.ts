import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { pluginServiceRefs } from '../../core/modules/pluginServiceRefs';
import { createRecordCore } from '../../core/modules/createRecordCore';
import { startProcesses } from '../../core/modules/startProcesses';
import { StoredRecord } from '../../core/database/RecordStore';
import { createIncidentModule } from '../../incidents';
import { createImprovementModule } from '../createImprovementModule';
import { IndicatorReader } from '../indicators/IndicatorComputation';

/**
 * The ITSM plugin with incidents and continual improvement only, reading
 * indicators through the reader given (a fake with hand-set figures), so
 * route tests can check baselines, effects and suggestions. `suggestNow`
 * runs the suggestion task once the plugin has started.
 */
export function improvementTestPlugin(indicators: IndicatorReader) {
  const handle: { suggestNow: () => Promise<StoredRecord[]> } = {
    suggestNow: async () => {
      throw new Error('The plugin has not started');
    },
  };
  const plugin = createBackendPlugin({
    pluginId: 'itsm',
    register(env) {
      env.registerInit({
        deps: pluginServiceRefs,
        async init(services) {
          const core = await createRecordCore(services);
          const incidents = createIncidentModule(core);
          const improvement = createImprovementModule(core, {
            incidents,
            indicators,
          });
          handle.suggestNow = improvement.suggestNow;
          await startProcesses(core, [incidents.module, improvement.module]);
        },
      });
    },
  });
  return { plugin, handle };
}
