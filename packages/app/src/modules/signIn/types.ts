/** A user of the demo catalog, as served by `GET /api/auth/demo-users`. */
export interface DemoUser {
  name: string;
  entityRef: string;
  displayName: string;
  description?: string;
  email?: string;
  groups: Array<{ entityRef: string; name: string; title?: string }>;
}

/** The auth provider id of the demo users sign-in (auth.providers.demo). */
export const DEMO_PROVIDER_ID = 'demo';

/** The header that names the demo user to the provider. */
export const DEMO_USER_HEADER = 'x-demo-user';
