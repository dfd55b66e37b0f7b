import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  DEMO_USERS_PATH,
  createDemoUsersRouter,
} from './createDemoUsersRouter';
import {
  DEMO_USER_HEADER,
  demoUserProfileTransform,
  demoUsersAuthenticator,
  signInAsDemoUser,
} from './demoUsersAuthenticator';
import {
  DEMO_PROVIDER_ID,
  readDemoSignInSettings,
} from './readDemoSignInSettings';

/**
 * Demo portal only: sign in as any user of the catalog without a password.
 *
 * Registers the proxy auth provider `demo` (`/api/auth/demo/refresh` with the
 * `x-demo-user` header naming the user) and the unauthenticated list
 * `GET /api/auth/demo-users` for the sign-in page's picker. Both exist only
 * when `auth.providers.demo.<auth.environment>` is configured, and never for
 * the `production` auth environment.
 */
export const authModuleDemoUsersProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-users-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        providers: authProvidersExtensionPoint,
      },
      async init({ config, logger, httpRouter, auth, catalog, providers }) {
        const settings = readDemoSignInSettings(config);
        if (!settings.enabled) {
          logger.info(`Demo users sign-in is disabled: ${settings.reason}`);
          return;
        }
        logger.warn(
          `Demo users sign-in is ENABLED for auth environment '${settings.environment}': anyone can act as any catalog user through the '${DEMO_USER_HEADER}' header. Never enable it in production.`,
        );

        providers.registerProvider({
          providerId: DEMO_PROVIDER_ID,
          factory: createProxyAuthProviderFactory({
            authenticator: demoUsersAuthenticator,
            profileTransform: demoUserProfileTransform,
            signInResolver: signInAsDemoUser,
          }),
        });

        httpRouter.use(createDemoUsersRouter({ catalog, auth }));
        httpRouter.addAuthPolicy({
          path: DEMO_USERS_PATH,
          allow: 'unauthenticated',
        });
      },
    });
  },
});
