import { Config } from '@backstage/config';
import { DemoSignInSettings } from './types';

/** The config key below `auth.providers` and the auth provider id. */
export const DEMO_PROVIDER_ID = 'demo';

/**
 * Reads whether the demo users sign-in may run.
 *
 * The provider lets anyone act as any catalog user without a password, so it
 * is strictly opt-in per auth environment, the way OAuth providers are
 * configured:
 *
 * ```yaml
 * auth:
 *   environment: development
 *   providers:
 *     demo:
 *       development: {}
 * ```
 *
 * - no `auth.providers.demo` block: disabled;
 * - no entry for the current `auth.environment` (default `development`):
 *   disabled;
 * - an entry for the `production` environment: refused with an error, so a
 *   backend configured that way does not start.
 */
export function readDemoSignInSettings(config: Config): DemoSignInSettings {
  const environment =
    config.getOptionalString('auth.environment') ?? 'development';
  const providerConfig = config.getOptionalConfig(
    `auth.providers.${DEMO_PROVIDER_ID}`,
  );
  if (!providerConfig) {
    return {
      enabled: false,
      reason: `auth.providers.${DEMO_PROVIDER_ID} is not configured`,
    };
  }
  if (!providerConfig.has(environment)) {
    return {
      enabled: false,
      reason: `auth.providers.${DEMO_PROVIDER_ID} has no entry for auth.environment '${environment}'`,
    };
  }
  if (environment === 'production') {
    throw new Error(
      `The demo users sign-in provider signs anyone in as any catalog user without a password and must not run with auth.environment 'production'; remove auth.providers.${DEMO_PROVIDER_ID}.production from the config`,
    );
  }
  return { enabled: true, environment };
}
