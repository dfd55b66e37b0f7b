import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { DemoPermissionPolicy } from './DemoPermissionPolicy';

/** The demo portal's permission policy (see DemoPermissionPolicy). */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'itsm-demo-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, userInfo }) {
        policy.setPolicy(new DemoPermissionPolicy(userInfo));
      },
    });
  },
});
