import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { createIntakeServices } from './createIntakeServices';
import {
  INTAKE_PATHS,
  intakeMiddleware,
  mountIntakeRoutes,
} from './router/intakeRouter';

/**
 * The reporting channels (§2.3.1) besides the portal: monitoring alerts
 * and inbound mail, which open and update incidents.
 */
export function createIntakeModule(core: RecordCore) {
  const module: ProcessModule = {
    start: ({ records }) => {
      const intake = createIntakeServices({ ...core, records });
      return {
        routes: [
          r => mountIntakeRoutes(r, { ...intake, httpAuth: core.httpAuth }),
        ],
        ahead: [intakeMiddleware(core.httpAuth)],
        nulTolerantPaths: INTAKE_PATHS,
      };
    },
  };
  return { module };
}
